package org.bngopt.metric;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The workbook's zip, checked and cleaned before POI opens it (metric-import.md §2.1): not a zip, an
 * encrypted (OLE2) file, a binary .xlsb or a zip bomb is refused with a message; external-link parts and
 * every reference to them are removed, so nothing ever follows them.
 */
final class WorkbookParts {
    /** Uncompressed bytes a workbook may expand to: a real 3.6 MB metric expands to 27 MB. */
    static final long MAX_EXPANDED_BYTES = 256L << 20;
    /** Expansion beyond this ratio (plus a small allowance) is a zip bomb, not a workbook. */
    static final int MAX_EXPANSION_RATIO = 100;
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final Pattern EXTERNAL_RELATIONSHIP = Pattern.compile("<Relationship\\b[^>]*externalLink[^>]*/>");
    private static final Pattern EXTERNAL_OVERRIDE = Pattern.compile("<Override\\b[^>]*externalLink[^>]*/>");
    private static final Pattern EXTERNAL_REFERENCES = Pattern.compile("<externalReferences\\b.*?</externalReferences>|<externalReferences\\b[^>]*/>", Pattern.DOTALL);

    private WorkbookParts() {
    }

    /** A copy of the workbook without its external links. */
    static byte[] withoutExternalLinks(byte[] workbook) {
        if (workbook.length >= 4 && startsWith(workbook, OLE2)) {
            throw new MetricException("Cannot open workbook: it is password-protected (encrypted) or an old .xls file;"
                    + " save it as an unprotected .xlsx or .xlsm");
        }
        if (workbook.length < 4 || workbook[0] != 'P' || workbook[1] != 'K') {
            throw new MetricException("Cannot open workbook: it is not an .xlsx or .xlsm file (not a zip)");
        }
        long budget = Math.min(MAX_EXPANDED_BYTES, (long) workbook.length * MAX_EXPANSION_RATIO + (1L << 20));
        ByteArrayOutputStream copy = new ByteArrayOutputStream(workbook.length);
        boolean sawWorkbook = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream out = new ZipOutputStream(copy)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                if (name.equals("xl/workbook.bin")) {
                    throw new MetricException("Cannot open workbook: it is a binary .xlsb workbook, which is not read;"
                            + " save it as .xlsx or .xlsm");
                }
                byte[] content = read(in, budget);
                budget -= content.length;
                if (name.startsWith("xl/externalLinks/")) {
                    continue;
                }
                if (name.equals("xl/workbook.xml")) {
                    sawWorkbook = true;
                    content = without(content, EXTERNAL_REFERENCES);
                } else if (name.equals("xl/_rels/workbook.xml.rels")) {
                    content = without(content, EXTERNAL_RELATIONSHIP);
                } else if (name.equals("[Content_Types].xml")) {
                    content = without(content, EXTERNAL_OVERRIDE);
                }
                out.putNextEntry(stored(name, content));
                out.write(content);
                out.closeEntry();
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new MetricException("Cannot open workbook: the file is damaged (" + e.getMessage() + ")", e);
        }
        if (!sawWorkbook) {
            throw new MetricException("Cannot open workbook: it is a zip but not an Excel workbook (no xl/workbook.xml)");
        }
        return copy.toByteArray();
    }

    private static byte[] read(InputStream in, long budget) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            content.write(buffer, 0, n);
            if (content.size() > budget) {
                throw new MetricException("Cannot open workbook: it expands to more than "
                        + (MAX_EXPANDED_BYTES >> 20) + " MiB or " + MAX_EXPANSION_RATIO
                        + " times its size (a zip bomb, not a metric)");
            }
        }
        return content.toByteArray();
    }

    /** The copy is read once, in memory, straight away: storing its parts saves compressing them again. */
    private static ZipEntry stored(String name, byte[] content) {
        ZipEntry entry = new ZipEntry(name);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        entry.setCrc(crc.getValue());
        return entry;
    }

    private static byte[] without(byte[] xml, Pattern part) {
        String text = new String(xml, StandardCharsets.UTF_8);
        return part.matcher(text).replaceAll("").getBytes(StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
