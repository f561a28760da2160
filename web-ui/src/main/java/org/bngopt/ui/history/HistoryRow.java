package org.bngopt.ui.history;

import java.io.Serializable;

/** One past job as the History table shows it. */
public record HistoryRow(String id, String status, boolean cached, String createdAt, String user, String lpa,
                         String nca, String demand, String total) implements Serializable {

    public boolean finished() {
        return "finished".equals(status);
    }

    /** A failed or cancelled quote may be asked again; a live one is still being answered. */
    public boolean requotable() {
        return !"queued".equals(status) && !"started".equals(status);
    }
}
