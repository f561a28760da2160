package org.bngopt.metric;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a statutory biodiversity metric workbook into the demand it leaves for the quote, exactly as
 * metric-import.md specifies: find the trading summaries and the headline table, trade on site by the
 * metric's rules, then add each ledger's net-gain line. Pure Java over POI's streaming reader; an
 * unusable workbook gives {@code status} "error" with the reason naming the sheet, never an exception.
 */
public final class MetricReader {
    private MetricReader() {
    }

    public static MetricImport read(byte[] workbook) {
        try {
            return readOrThrow(workbook);
        } catch (MetricException e) {
            return MetricImport.error(e.getMessage());
        }
    }

    private static MetricImport readOrThrow(byte[] bytes) {
        Map<Ledger, String> tradingSheets = new EnumMap<>(Ledger.class);
        String[] headline = new String[1];
        MetricWorkbook workbook = MetricWorkbook.open(bytes, names -> {
            for (Ledger ledger : Ledger.values()) {
                find(names, ledger.sheetNames()).ifPresent(name -> tradingSheets.put(ledger, name));
            }
            headline[0] = names.stream().filter(name -> Texts.canon(name).equals(Texts.canon(Headline.SHEET))).findFirst()
                    .orElse(null);
            Set<String> wanted = new HashSet<>(tradingSheets.values());
            if (headline[0] != null) {
                wanted.add(headline[0]);
            }
            return wanted;
        });
        if (headline[0] == null) {
            throw new MetricException("No '" + Headline.SHEET + "' sheet: the net-gain requirement cannot be derived");
        }
        if (!tradingSheets.containsKey(Ledger.AREA)) {
            throw new MetricException("No area trading summary sheet (such as '" + Ledger.AREA.sheetNames().get(0) + "')");
        }
        List<String> warnings = new ArrayList<>();
        Map<Ledger, Headline.Figures> figures = Headline.read(workbook.sheet(headline[0]), warnings);
        Map<Ledger, List<MetricImport.Line>> lines = new LinkedHashMap<>();
        List<MetricImport.Surplus> remaining = List.of();
        List<MetricImport.Transfer> transfers = List.of();
        for (Ledger ledger : Ledger.values()) {
            double requirement = figures.get(ledger).requirement();
            List<MetricImport.Line> ledgerLines = new ArrayList<>();
            String sheetName = tradingSheets.get(ledger);
            if (sheetName == null) {
                warnings.add("No " + ledger.name().toLowerCase() + " trading summary sheet: the whole net-gain requirement"
                        + " is bought as '" + ledger.netGainLabel() + "'");
                OnSiteTrading none = OnSiteTrading.of(ledger, List.of());
                Optional.ofNullable(none.netGain(requirement)).ifPresent(ledgerLines::add);
            } else {
                OnSiteTrading trading = OnSiteTrading.of(ledger, TradingSheet.read(workbook.sheet(sheetName)));
                warnUnknown(sheetName, trading.unknownDeficits(), warnings);
                ledgerLines.addAll(trading.residualLines());
                Optional.ofNullable(trading.netGain(requirement)).ifPresent(ledgerLines::add);
                if (ledger == Ledger.AREA) {
                    remaining = trading.remaining();
                    transfers = trading.transfers();
                }
            }
            lines.put(ledger, ledgerLines);
        }
        return new MetricImport("ok", null, lines.get(Ledger.AREA), lines.get(Ledger.HEDGEROW), lines.get(Ledger.WATERCOURSE),
                new MetricImport.Baselines(figures.get(Ledger.AREA).reported(), figures.get(Ledger.HEDGEROW).reported(),
                        figures.get(Ledger.WATERCOURSE).reported()), remaining, transfers, warnings);
    }

    /** §2.3: a sheet named as a candidate (canonically), else the first whose name contains one. */
    static Optional<String> find(List<String> names, List<String> candidates) {
        for (String candidate : candidates) {
            String wanted = Texts.canon(candidate);
            Optional<String> exact = names.stream().filter(name -> Texts.canon(name).equals(wanted)).findFirst();
            if (exact.isPresent()) {
                return exact;
            }
        }
        return names.stream().filter(name -> candidates.stream().anyMatch(c -> Texts.canon(name).contains(Texts.canon(c))))
                .findFirst();
    }

    private static void warnUnknown(String sheet, List<TradingSheet.Entry> unknown, List<String> warnings) {
        if (!unknown.isEmpty()) {
            warnings.add("Sheet '" + sheet + "': deficits of unknown distinctiveness cannot be offset on site and are bought"
                    + " as they are: " + unknown.stream().map(e -> e.habitat() + " (row " + e.row() + ")")
                    .collect(Collectors.joining(", ")));
        }
    }
}
