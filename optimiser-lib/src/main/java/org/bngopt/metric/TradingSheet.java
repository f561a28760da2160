package org.bngopt.metric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** One trading-summary sheet read into its deficits and surpluses (metric-import.md §3). */
final class TradingSheet {
    static final int HEADER_SEARCH_ROWS = 80;
    private static final int HEADING_CELLS = 8;
    private static final List<Map.Entry<Pattern, Band>> HEADINGS = List.of(
            Map.entry(Pattern.compile("very high.*distinct"), Band.VERY_HIGH),
            Map.entry(Pattern.compile("\\bhigh\\b.*distinct"), Band.HIGH),
            Map.entry(Pattern.compile("medium.*distinct"), Band.MEDIUM),
            Map.entry(Pattern.compile("very low.*distinct"), Band.VERY_LOW),
            Map.entry(Pattern.compile("\\blow\\b.*distinct"), Band.LOW));

    /** A data row: its habitat, broad group, band (null when unknown), project-wide change and row number (1-based). */
    record Entry(String habitat, String group, Band band, String bandText, double change, int row) {
    }

    private TradingSheet() {
    }

    static List<Entry> read(SheetGrid sheet) {
        int header = headerRow(sheet);
        Map<String, Integer> columns = columns(sheet, header);
        int habitat = habitatColumn(columns);
        int change = find(columns, "project_wide_unit_change");
        if (habitat < 0 || change < 0) {
            throw new MetricException("Sheet '" + sheet.name() + "': no " + (habitat < 0 ? "habitat/feature" : "project-wide unit change")
                    + " column in the header row (row " + (header + 1) + ")");
        }
        Integer distinct = columns.containsKey("distinctiveness") ? columns.get("distinctiveness") : columns.get("distinct");
        int group = groupColumn(sheet, header, columns, habitat);
        Band[] headings = distinct == null ? headingBands(sheet) : null;
        List<Entry> entries = new ArrayList<>();
        for (int row = header + 1; row < sheet.rowCount(); row++) {
            String name = Texts.clean(sheet.cell(row, habitat));
            Double value = Texts.number(sheet.cell(row, change));
            if (name.isEmpty() || value == null || value == 0) {
                continue;
            }
            Band band = distinct != null ? Band.of(sheet.cell(row, distinct)) : headings[row];
            String bandText = distinct != null ? Texts.clean(sheet.cell(row, distinct)) : band == null ? "" : band.label();
            entries.add(new Entry(name, group < 0 ? "" : Texts.clean(sheet.cell(row, group)), band, bandText, value, row + 1));
        }
        return entries;
    }

    private static int headerRow(SheetGrid sheet) {
        for (int row = 0; row < Math.min(HEADER_SEARCH_ROWS, sheet.rowCount()); row++) {
            String text = sheet.joined(row, Integer.MAX_VALUE).toLowerCase(Locale.ROOT);
            boolean groupLayout = text.contains("group") && ((text.contains("on-site") && text.contains("off-site")
                    && text.contains("project")) || text.contains("project wide") || text.contains("project-wide"));
            boolean habitatLayout = (text.contains("habitat") || text.contains("feature")) && text.contains("project")
                    && (text.contains("unit") || text.contains("change"));
            if (groupLayout || habitatLayout) {
                return row;
            }
        }
        throw new MetricException("Sheet '" + sheet.name() + "': no header row (habitat/feature + project-wide unit change)"
                + " in the first " + HEADER_SEARCH_ROWS + " rows");
    }

    /** Canonical column name → its left-most column. */
    private static Map<String, Integer> columns(SheetGrid sheet, int header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int column = 0; column < sheet.width(header); column++) {
            String name = Texts.canon(sheet.cell(header, column));
            if (!name.isEmpty()) {
                columns.putIfAbsent(name, column);
            }
        }
        return columns;
    }

    private static int habitatColumn(Map<String, Integer> columns) {
        if (columns.containsKey("habitat")) {
            return columns.get("habitat");
        }
        if (columns.containsKey("feature")) {
            return columns.get("feature");
        }
        return columns.entrySet().stream().filter(c -> c.getKey().contains("habitat") || c.getKey().contains("feature"))
                .mapToInt(Map.Entry::getValue).min().orElse(-1);
    }

    /** The column named exactly {@code name}, else the left-most whose name contains it; -1 when none. */
    private static int find(Map<String, Integer> columns, String name) {
        if (columns.containsKey(name)) {
            return columns.get(name);
        }
        return columns.entrySet().stream().filter(c -> c.getKey().contains(name)).mapToInt(Map.Entry::getValue).min().orElse(-1);
    }

    private static int groupColumn(SheetGrid sheet, int header, Map<String, Integer> columns, int habitat) {
        int named = columns.entrySet().stream()
                .filter(c -> c.getValue() != habitat && (c.getKey().contains("group") || c.getKey().contains("broad_habitat"))
                        && !c.getKey().contains("distinct") && !c.getKey().contains("unit_change"))
                .mapToInt(Map.Entry::getValue).min().orElse(-1);
        if (named >= 0) {
            return named;
        }
        int right = habitat + 1;
        String title = Texts.canon(sheet.cell(header, right));
        if (title.contains("distinct") || title.contains("unit") || title.contains("change")) {
            return -1;
        }
        int values = 0;
        int numbers = 0;
        for (int row = header + 1; row < sheet.rowCount(); row++) {
            Object cell = sheet.cell(row, right);
            if (!Texts.clean(cell).isEmpty()) {
                values++;
                numbers += Texts.number(cell) == null ? 0 : 1;
            }
        }
        return values > 0 && numbers * 5 < values ? right : -1;
    }

    /** The band of the section heading above each row, walking the whole sheet; null before any heading. */
    private static Band[] headingBands(SheetGrid sheet) {
        Band[] bands = new Band[sheet.rowCount()];
        Band active = null;
        for (int row = 0; row < sheet.rowCount(); row++) {
            String text = sheet.joined(row, HEADING_CELLS).toLowerCase(Locale.ROOT);
            for (Map.Entry<Pattern, Band> heading : HEADINGS) {
                if (heading.getKey().matcher(text).find()) {
                    active = heading.getValue();
                    break;
                }
            }
            bands[row] = active;
        }
        return bands;
    }
}
