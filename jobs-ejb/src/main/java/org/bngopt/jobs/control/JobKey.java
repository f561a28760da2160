package org.bngopt.jobs.control;

/** The job key: the canonical request hash plus the reference-data version it is answered from. */
public record JobKey(String requestHash, String referenceVersion) {

    public static JobKey parse(String key) {
        int separator = key.indexOf(':');
        return new JobKey(key.substring(0, separator), key.substring(separator + 1));
    }

    @Override
    public String toString() {
        return requestHash + ":" + referenceVersion;
    }
}
