package org.bngopt.reference;

/**
 * One thing wrong with a reference-data set: the table (its file name), the line (the header is line
 * 1; 0 when the whole table is at fault) and what is wrong.
 */
public record ReferenceProblem(String table, int line, String message) {

    @Override
    public String toString() {
        return table + (line > 0 ? " line " + line : "") + ": " + message;
    }
}
