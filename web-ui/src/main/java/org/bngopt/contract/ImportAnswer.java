package org.bngopt.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A checked (and with {@code applied}, imported) reference-data set: rows changed per table. */
public record ImportAnswer(String incomingVersion, boolean applied, List<TableChange> changes,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String version) {

    /** Rows one table gains, loses and changes. */
    public record TableChange(String table, int added, int removed, int changed) {
    }
}
