package org.bngopt.ui.history;

import java.io.Serializable;

/** One past job as the History table shows it. */
public record HistoryRow(String id, String status, boolean cached, String createdAt, String lpa, String nca,
                         String habitats) implements Serializable {
}
