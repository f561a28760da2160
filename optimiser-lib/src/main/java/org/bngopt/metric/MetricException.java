package org.bngopt.metric;

/** A workbook that cannot be read as a statutory metric; the message names the sheet (and row, where there is one). */
public class MetricException extends RuntimeException {
    public MetricException(String message) {
        super(message);
    }

    public MetricException(String message, Throwable cause) {
        super(message, cause);
    }
}
