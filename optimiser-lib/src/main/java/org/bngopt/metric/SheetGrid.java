package org.bngopt.metric;

import java.util.ArrayList;
import java.util.List;

/**
 * The cached values of one worksheet: a cell is a {@code String}, a {@code Double} or null (blank, or an
 * error such as {@code #REF!}). Rows and columns count from 0; rows that are absent in the file are empty.
 */
final class SheetGrid {
    private final String name;
    private final List<List<Object>> rows = new ArrayList<>();

    SheetGrid(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    int rowCount() {
        return rows.size();
    }

    int width(int row) {
        return row < rows.size() ? rows.get(row).size() : 0;
    }

    Object cell(int row, int column) {
        if (row < 0 || row >= rows.size() || column < 0) {
            return null;
        }
        List<Object> cells = rows.get(row);
        return column < cells.size() ? cells.get(column) : null;
    }

    void put(int row, int column, Object value) {
        while (rows.size() <= row) {
            rows.add(new ArrayList<>());
        }
        List<Object> cells = rows.get(row);
        while (cells.size() <= column) {
            cells.add(null);
        }
        cells.set(column, value);
    }

    /** The clean texts of a row's first {@code columns} cells, joined with spaces. */
    String joined(int row, int columns) {
        StringBuilder text = new StringBuilder();
        for (int column = 0; column < Math.min(columns, width(row)); column++) {
            String clean = Texts.clean(cell(row, column));
            if (!clean.isEmpty()) {
                text.append(text.isEmpty() ? "" : " ").append(clean);
            }
        }
        return text.toString();
    }
}
