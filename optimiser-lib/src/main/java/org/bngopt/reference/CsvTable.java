package org.bngopt.reference;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One CSV file with a header line, read into rows whose values are trimmed and checked by column.
 * Every failure becomes a {@link ReferenceDataException} that names the file and line, because the
 * person fixing an import needs exactly that.
 */
final class CsvTable {
    private static final CsvMapper MAPPER = new CsvMapper();

    private final List<Row> rows;
    private final List<ReferenceProblem> problems;

    private CsvTable(List<Row> rows, List<ReferenceProblem> problems) {
        this.rows = rows;
        this.problems = problems;
    }

    /** A table that could not be read at all; its problem is already recorded. */
    static CsvTable unreadable(List<ReferenceProblem> problems) {
        return new CsvTable(List.of(), problems);
    }

    /**
     * Reads the whole file; a problem with a row is added to {@code problems} when the row is mapped,
     * and the row is left out, so that one pass finds every problem.
     */
    static CsvTable read(String file, Reader reader, List<ReferenceProblem> problems, String... requiredColumns) {
        try (MappingIterator<String[]> records = MAPPER.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvParser.Feature.SKIP_EMPTY_LINES)
                .readValues(reader)) {
            if (!records.hasNext()) {
                throw new ReferenceDataException(file, "the file is empty; expected a header line");
            }
            Map<String, Integer> columns = header(file, records.next(), requiredColumns);
            List<Row> rows = new ArrayList<>();
            int line = 1;
            while (records.hasNext()) {
                line++;
                rows.add(new Row(file, line, columns, records.next()));
            }
            return new CsvTable(rows, problems);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ReferenceDataException known) {
                throw known;
            }
            throw new ReferenceDataException(file, "not a readable CSV file (" + e.getMessage() + ")");
        }
    }

    private static Map<String, Integer> header(String file, String[] names, String[] required) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            columns.putIfAbsent(names[i].trim(), i);
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw new ReferenceDataException(file, "missing column '" + column + "' (header has "
                        + Arrays.toString(names) + ")");
            }
        }
        return columns;
    }

    /** Maps each row, rejecting a second row with the same key. */
    <T> List<T> mapUnique(Function<Row, String> key, String keyName, Function<Row, T> mapper) {
        Set<String> seen = new HashSet<>();
        List<T> result = new ArrayList<>(rows.size());
        for (Row row : rows) {
            mapOne(row, current -> {
                String value = key.apply(current);
                if (!seen.add(value)) {
                    throw current.error("duplicate " + keyName + " '" + value + "'");
                }
                return mapper.apply(current);
            }, result);
        }
        return result;
    }

    <T> List<T> map(Function<Row, T> mapper) {
        List<T> result = new ArrayList<>(rows.size());
        for (Row row : rows) {
            mapOne(row, mapper, result);
        }
        return result;
    }

    private <T> void mapOne(Row row, Function<Row, T> mapper, List<T> result) {
        try {
            result.add(mapper.apply(row));
        } catch (ReferenceDataException e) {
            problems.addAll(e.problems());
        }
    }

    /** One data line; {@code line} counts the header as line 1. */
    static final class Row {
        private final String file;
        private final int line;
        private final Map<String, Integer> columns;
        private final String[] values;

        private Row(String file, int line, Map<String, Integer> columns, String[] values) {
            this.file = file;
            this.line = line;
            this.columns = columns;
            this.values = values;
        }

        /** The trimmed value, or null when the cell is empty or missing. */
        String optionalText(String column) {
            int index = columns.get(column);
            if (index >= values.length) {
                return null;
            }
            String value = values[index].trim();
            if (value.chars().anyMatch(Character::isISOControl)) {
                throw error("column '" + column + "' contains a control character");
            }
            return value.isEmpty() ? null : value;
        }

        String text(String column) {
            String value = optionalText(column);
            if (value == null) {
                throw error("column '" + column + "' is empty");
            }
            return value;
        }

        BigDecimal optionalDecimal(String column) {
            String value = optionalText(column);
            return value == null ? null : parseDecimal(column, value);
        }

        BigDecimal decimal(String column) {
            return parseDecimal(column, text(column));
        }

        int integer(String column) {
            String value = text(column);
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw error("column '" + column + "': '" + value + "' is not a whole number");
            }
        }

        private BigDecimal parseDecimal(String column, String value) {
            BigDecimal number;
            try {
                number = new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw error("column '" + column + "': '" + value + "' is not a number");
            }
            if (!ReferenceNumbers.fits(number)) {
                throw error("column '" + column + "': '" + value + "' is out of range (" + ReferenceNumbers.LIMITS + ")");
            }
            return number;
        }

        ReferenceDataException error(String problem) {
            return new ReferenceDataException(new ReferenceProblem(file, line, problem));
        }
    }
}
