package org.bngopt.quotes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.infrastructure.database.Jdbc;
import org.bngopt.quotes.entity.QuoteFigures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The dashboard's figures, counted by Postgres over the quotes of the last {@code months} months. */
@ApplicationScoped
public class QuoteStatistics {
    private static final String MONTH = "to_char(%s at time zone 'Europe/London', 'YYYY-MM')";
    private static final int TOP_LPAS = 5;

    @Inject
    Jdbc jdbc;

    public QuoteFigures figures(LocalDate today, int months) {
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(months - 1L);
        LocalDate since = first.atDay(1);
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal[]> values = new TreeMap<>();
        for (int i = 0; i < months; i++) {
            String month = first.plusMonths(i).toString();
            counts.put(month, new long[3]);
            values.put(month, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
        }
        count(counts, values, 0, MONTH.formatted("issued_at"), "issued_at is not null and issued_at >= ?::date", since);
        count(counts, values, 1, MONTH.formatted("decided_at"), "status = 'ACCEPTED' and decided_at >= ?::date", since);
        count(counts, values, 2, MONTH.formatted("decided_at"), "status = 'EXPIRED' and decided_at >= ?::date", since);
        List<QuoteFigures.Month> rows = new ArrayList<>();
        counts.forEach((month, count) -> {
            BigDecimal[] value = values.get(month);
            rows.add(new QuoteFigures.Month(month, count[0], value[0], count[1], value[1], count[2], value[2]));
        });
        long[] decided = jdbc.one("select count(*) filter (where status = 'ACCEPTED'), count(*) from quotes"
                        + " where status in ('ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED') and decided_at >= ?::date",
                row -> new long[] {row.getLong(1), row.getLong(2)}, since).orElse(new long[2]);
        List<QuoteFigures.Lpa> lpas = jdbc.list("select coalesce(lpa, 'not given'), count(*), sum(total) from quotes"
                        + " where issued_at >= ?::date group by 1 order by 2 desc, 1 limit ?",
                row -> new QuoteFigures.Lpa(row.getString(1), row.getLong(2), row.getBigDecimal(3)), since, TOP_LPAS);
        return new QuoteFigures(rows, decided[0], decided[1], lpas);
    }

    private void count(Map<String, long[]> counts, Map<String, BigDecimal[]> values, int column, String month, String where,
                       LocalDate since) {
        jdbc.list("select " + month + ", count(*), sum(total) from quotes where " + where + " group by 1",
                row -> {
                    long[] count = counts.get(row.getString(1));
                    if (count != null) {
                        count[column] = row.getLong(2);
                        values.get(row.getString(1))[column] = row.getBigDecimal(3);
                    }
                    return null;
                }, since);
    }
}
