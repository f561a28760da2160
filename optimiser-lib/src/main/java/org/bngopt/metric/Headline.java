package org.bngopt.metric;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The "Headline Results" sheet: baseline units and net-gain target per ledger (metric-import.md §5). */
final class Headline {
    static final String SHEET = "Headline Results";
    private static final int HEADER_SEARCH_ROWS = 200;
    private static final Map<Ledger, Pattern> ROWS = Map.of(
            Ledger.AREA, Pattern.compile("\\bhabi?tat\\s*units?\\b|\\barea\\s*habitat\\s*units?\\b", Pattern.CASE_INSENSITIVE),
            Ledger.HEDGEROW, Pattern.compile("\\bhedgerow\\s*units?\\b", Pattern.CASE_INSENSITIVE),
            Ledger.WATERCOURSE, Pattern.compile("\\bwatercourse\\s*units?\\b", Pattern.CASE_INSENSITIVE));

    /** One ledger's headline figures, as doubles for the arithmetic. */
    record Figures(double target, double baseline, double required, double deficit) {
        double requirement() {
            return baseline * target;
        }

        MetricImport.Baseline reported() {
            return new MetricImport.Baseline(decimal(target), decimal(baseline), decimal(required), decimal(deficit));
        }

        private static BigDecimal decimal(double value) {
            return BigDecimal.valueOf(value).stripTrailingZeros();
        }
    }

    private Headline() {
    }

    /** Figures per ledger; a missing hedgerow or watercourse row is a warning and a baseline of 0. */
    static Map<Ledger, Figures> read(SheetGrid sheet, List<String> warnings) {
        int header = headerRow(sheet);
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int column = 0; column < sheet.width(header); column++) {
            columns.putIfAbsent(Texts.canon(sheet.cell(header, column)), column);
        }
        int type = first(columns, "unit_type", "type", "unit");
        int baseline = first(columns, "baseline_units", "baseline", "baseline_unit");
        int target = first(columns, "target", "target_percent");
        int required = first(columns, "units_required", "required", "unit_required");
        int deficit = first(columns, "unit_deficit", "deficit");
        Map<Ledger, Figures> figures = new LinkedHashMap<>();
        for (Ledger ledger : Ledger.values()) {
            int row = ledgerRow(sheet, header, type, ROWS.get(ledger));
            if (row < 0) {
                if (ledger == Ledger.AREA) {
                    throw new MetricException("Sheet '" + sheet.name() + "': no 'Habitat units' row under the header (row "
                            + (header + 1) + ")");
                }
                warnings.add("Sheet '" + sheet.name() + "': no '" + (ledger == Ledger.HEDGEROW ? "Hedgerow" : "Watercourse")
                        + " units' row; its baseline is taken as 0");
                figures.put(ledger, new Figures(0.10, 0, 0, 0));
                continue;
            }
            figures.put(ledger, new Figures(target(sheet, row, target, warnings), baseline(sheet, row, baseline),
                    reported(sheet, row, required), reported(sheet, row, deficit)));
        }
        return figures;
    }

    private static int headerRow(SheetGrid sheet) {
        for (int row = 0; row < Math.min(HEADER_SEARCH_ROWS, sheet.rowCount()); row++) {
            String text = sheet.joined(row, Integer.MAX_VALUE).toLowerCase(Locale.ROOT);
            if (text.contains("unit type") && (text.contains("target") || text.contains("baseline"))) {
                return row;
            }
        }
        throw new MetricException("Sheet '" + sheet.name() + "': no header row with 'Unit Type' and a target or baseline"
                + " in the first " + HEADER_SEARCH_ROWS + " rows (a metric before 4.0?)");
    }

    private static int first(Map<String, Integer> columns, String... names) {
        for (String name : names) {
            if (columns.containsKey(name)) {
                return columns.get(name);
            }
        }
        return -1;
    }

    private static int ledgerRow(SheetGrid sheet, int header, int type, Pattern pattern) {
        for (int row = header + 1; row < sheet.rowCount(); row++) {
            if (type >= 0 && pattern.matcher(Texts.clean(sheet.cell(row, type))).find()) {
                return row;
            }
            for (int column = 0; column < sheet.width(row); column++) {
                if (pattern.matcher(Texts.clean(sheet.cell(row, column))).find()) {
                    return row;
                }
            }
        }
        return -1;
    }

    private static double target(SheetGrid sheet, int row, int column, List<String> warnings) {
        Object cell = column < 0 ? null : sheet.cell(row, column);
        String where = "Sheet '" + sheet.name() + "' row " + (row + 1);
        if (cell instanceof Double value) {
            return value > 1 ? value / 100 : value;
        }
        String text = Texts.clean(cell);
        if (text.isEmpty()) {
            warnings.add(where + ": the target is blank; 10% is assumed");
            return 0.10;
        }
        Double value = Texts.number(text.replace("%", "").strip());
        if (value == null) {
            throw new MetricException(where + ": the target '" + text + "' is not a number");
        }
        return text.contains("%") || value > 1 ? value / 100 : value;
    }

    private static double baseline(SheetGrid sheet, int row, int column) {
        Object cell = column < 0 ? null : sheet.cell(row, column);
        if (Texts.clean(cell).isEmpty()) {
            return 0;
        }
        Double value = Texts.number(cell);
        if (value == null) {
            throw new MetricException("Sheet '" + sheet.name() + "' row " + (row + 1) + ": the baseline '"
                    + Texts.clean(cell) + "' is not a number");
        }
        return value;
    }

    private static double reported(SheetGrid sheet, int row, int column) {
        Double value = column < 0 ? null : Texts.number(sheet.cell(row, column));
        return value == null ? 0 : value;
    }
}
