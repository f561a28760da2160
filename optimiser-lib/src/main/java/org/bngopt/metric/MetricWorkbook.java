package org.bngopt.metric;

import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A metric workbook opened with POI's streaming reader: the sheet names, and the cached values of only
 * the sheets asked for, each read with a SAX parser that refuses DTDs (no XML bomb, no XXE). Formulas are
 * never evaluated and macros never run. POI's zip-bomb limits stay on.
 */
final class MetricWorkbook {
    /** Rows a sheet may have: a statutory trading summary has a few hundred. */
    static final int MAX_ROWS = 20_000;
    /** Columns read per row; the statutory sheets use fewer than 60. */
    static final int MAX_COLUMNS = 256;

    static {
        ZipSecureFile.setMinInflateRatio(0.005);
        ZipSecureFile.setMaxEntrySize(WorkbookParts.MAX_EXPANDED_BYTES);
    }

    private final List<String> sheetNames;
    private final Map<String, SheetGrid> sheets;

    private MetricWorkbook(List<String> sheetNames, Map<String, SheetGrid> sheets) {
        this.sheetNames = sheetNames;
        this.sheets = sheets;
    }

    /** Opens the workbook and reads the sheets that {@code wanted} picks from the sheet names. */
    static MetricWorkbook open(byte[] workbook, java.util.function.Function<List<String>, Set<String>> wanted) {
        byte[] clean = WorkbookParts.withoutExternalLinks(workbook);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(clean), true)) {
            XSSFReader reader = new XSSFReader(pkg);
            List<String> names = new ArrayList<>();
            XSSFReader.SheetIterator listing = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (listing.hasNext()) {
                try (InputStream ignored = listing.next()) {
                    names.add(listing.getSheetName());
                }
            }
            Set<String> needed = wanted.apply(names);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Map<String, SheetGrid> read = new TreeMap<>();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (needed.contains(name) && !read.containsKey(name)) {
                        read.put(name, parse(name, sheet, strings));
                    }
                }
            }
            return new MetricWorkbook(names, read);
        } catch (MetricException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new MetricException("Cannot open workbook: " + reason(e), e);
        }
    }

    List<String> sheetNames() {
        return sheetNames;
    }

    SheetGrid sheet(String name) {
        return sheets.get(name);
    }

    private static SheetGrid parse(String name, InputStream xml, ReadOnlySharedStringsTable strings)
            throws IOException, SAXException, ParserConfigurationException {
        SheetGrid grid = new SheetGrid(name);
        XMLReader parser = SAXHelper.newXMLReader();
        parser.setContentHandler(new Cells(grid, strings));
        parser.parse(new InputSource(xml));
        return grid;
    }

    private static String reason(Exception e) {
        if (e instanceof InvalidFormatException || e.getMessage() == null) {
            return "the file is damaged or not an Excel workbook";
        }
        String message = e.getMessage();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    /** The cells of one sheet's XML: {@code <row r>}, {@code <c r t>}, {@code <v>} and inline {@code <is><t>}. */
    private static final class Cells extends DefaultHandler {
        private final SheetGrid grid;
        private final ReadOnlySharedStringsTable strings;
        private final StringBuilder text = new StringBuilder();
        private int row = -1;
        private int column = -1;
        private String type;
        private boolean inValue;

        Cells(SheetGrid grid, ReadOnlySharedStringsTable strings) {
            this.grid = grid;
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                    column = -1;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : columnOf(r);
                    type = attributes.getValue("t");
                    text.setLength(0);
                }
                case "v", "t" -> {
                    inValue = true;
                    if ("v".equals(localName)) {
                        text.setLength(0);
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue && text.length() < 32_768) {
                text.append(ch, start, Math.min(length, 32_768 - text.length()));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if ("v".equals(localName) || "t".equals(localName)) {
                inValue = false;
            } else if ("c".equals(localName)) {
                if (row >= 0 && column >= 0 && column < MAX_COLUMNS && !text.isEmpty()) {
                    Object value = value();
                    if (value != null && row >= MAX_ROWS) {
                        // Formatted but empty rows are common far down a sheet; values there are not.
                        throw new MetricException("Sheet '" + grid.name() + "' has values beyond row " + MAX_ROWS
                                + "; a statutory metric sheet has a few hundred rows");
                    }
                    grid.put(row, column, value);
                }
            }
        }

        private Object value() {
            String raw = text.toString();
            if (type == null || "n".equals(type)) {
                try {
                    return Double.parseDouble(raw);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            return switch (type) {
                case "s" -> sharedString(raw);
                case "str", "inlineStr" -> raw;
                case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
                default -> null; // "e": an error such as #REF! reads as blank
            };
        }

        private String sharedString(String index) {
            try {
                return strings.getItemAt(Integer.parseInt(index)).getString();
            } catch (RuntimeException e) {
                return null;
            }
        }

        /** "AB12" → 27. */
        private static int columnOf(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            }
            return column - 1;
        }
    }
}
