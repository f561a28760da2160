package org.bngopt.api.reference;

import org.bngopt.contract.ApiError;
import org.bngopt.contract.ApiException;
import org.bngopt.reference.ReferenceProblem;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bngopt.infrastructure.validation.InvalidFieldException;
import org.bngopt.reference.ReferenceCsv;
import org.bngopt.reference.ReferenceCsvWriter;
import org.bngopt.reference.ReferenceData;
import org.bngopt.reference.ReferenceDataException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads an uploaded reference-data set in either export format: a workbook with one sheet per table
 * (named after the file, without {@code .csv}) and a {@code VERSION} sheet, or a zip of the CSV files
 * and {@code VERSION}. Either way the tables are read by {@link ReferenceCsv}, so both formats are
 * checked by the same rules and report every problem at once.
 */
public final class ReferenceUpload {
    /** Uncompressed bytes a zip may hold, against archives that inflate without bound. */
    private static final long MAX_UNZIPPED_BYTES = 64L << 20;
    private static final String NEITHER = "must be an .xlsx workbook or a .zip of CSV files";

    /** The two formats; a problem is named by sheet and row in a workbook, by file and line in a zip. */
    public enum Format {
        WORKBOOK, CSV_ZIP;

        public String tableName(String file) {
            return this == WORKBOOK ? file.replace(".csv", "") : file;
        }

        public String lineName() {
            return this == WORKBOOK ? "row" : "line";
        }

        /** Every problem of a set, by sheet and row (or file and line), and that nothing changed. */
        public ApiException problems(List<ReferenceProblem> problems) {
            List<ApiError.UploadProblem> listed = problems.stream().map(problem -> {
                String table = tableName(problem.table());
                String where = problem.line() > 0 ? table + " " + lineName() + " " + problem.line() : table;
                return new ApiError.UploadProblem(table, problem.line(), problem.message(), where + ": " + problem.message());
            }).toList();
            return new ApiException(new ApiError(400, "INVALID_REFERENCE_DATA",
                    problems.size() + " problem(s) found; nothing was changed", null, listed));
        }
    }

    /** A readable upload. */
    public record Upload(Format format, ReferenceData data) {
    }

    private ReferenceUpload() {
    }

    /**
     * @throws InvalidFieldException     when the bytes are neither format
     * @throws ApiException            a 400 listing every problem of the tables
     */
    public static Upload read(byte[] bytes) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw new InvalidFieldException("file", NEITHER);
        }
        Format format = isWorkbook(bytes) ? Format.WORKBOOK : Format.CSV_ZIP;
        Map<String, String> found = format == Format.WORKBOOK ? sheets(bytes) : unzip(bytes);
        try {
            return new Upload(format, ReferenceCsv.read(file -> {
                String text = found.get(file);
                if (text == null) {
                    throw new ReferenceDataException(file, format == Format.WORKBOOK ? "missing sheet" : "missing file");
                }
                return new StringReader(text);
            }));
        } catch (ReferenceDataException e) {
            throw format.problems(e.problems());
        }
    }

    private static Map<String, String> unzip(byte[] bytes) {
        Map<String, String> entries = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_UNZIPPED_BYTES - total + 1));
                total += content.length;
                if (total > MAX_UNZIPPED_BYTES) {
                    throw new InvalidFieldException("file", "unpacks to more than " + (MAX_UNZIPPED_BYTES >> 20) + " MiB");
                }
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                entries.put(name, new String(content, StandardCharsets.UTF_8));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidFieldException("file", NEITHER);
        }
        if (entries.isEmpty()) {
            throw new InvalidFieldException("file", NEITHER);
        }
        return entries;
    }

    /** Every .xlsx holds this part, and a zip keeps its entries' names uncompressed. */
    private static boolean isWorkbook(byte[] bytes) {
        byte[] marker = "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + marker.length <= bytes.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (bytes[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Each sheet as the CSV text it stands for, under the file name it replaces. */
    private static Map<String, String> sheets(byte[] bytes) {
        Map<String, String> tables = new HashMap<>();
        try (InputStream in = new ByteArrayInputStream(bytes); Workbook workbook = new XSSFWorkbook(in)) {
            DataFormatter formatter = new DataFormatter();
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (Sheet sheet : workbook) {
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                        cells.add(formatter.formatCellValue(row.getCell(c), evaluator));
                    }
                    rows.add(cells);
                }
                String name = sheet.getSheetName();
                if (name.equals(ReferenceCsv.VERSION)) {
                    tables.put(name, rows.isEmpty() || rows.get(0).isEmpty() ? "" : rows.get(0).get(0));
                } else if (!rows.isEmpty()) {
                    StringWriter csv = new StringWriter();
                    ReferenceCsvWriter.write(new ReferenceCsvWriter.Table(name + ".csv", rows.get(0), rows.subList(1, rows.size())), csv);
                    tables.put(name + ".csv", csv.toString());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidFieldException("file", "is not a readable .xlsx workbook");
        }
        return tables;
    }
}
