package org.bngopt.api.jobs.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * A quote sheet as a landscape A4 PDF with a title: the facts and totals, then each table. Money columns
 * (their headings say GBP) print with the £ sign; the full client document is a later issue.
 */
public final class PdfExport {
    private PdfExport() {
    }

    public static byte[] of(QuoteSheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(document, out);
        document.addTitle(sheet.title());
        document.open();
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 8);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
        document.add(new Paragraph(sheet.title(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16)));
        PdfPTable table = null;
        List<Object> headings = List.of();
        for (List<Object> row : sheet.rows()) {
            if (row.isEmpty()) {
                table = add(document, table);
            } else if (row.size() == 1) {
                table = add(document, table);
                document.add(new Paragraph(String.valueOf(row.get(0)), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11)));
            } else if (row.size() > 2 && row.stream().noneMatch(BigDecimal.class::isInstance) && table == null) {
                headings = row;
                table = new PdfPTable(row.size());
                table.setWidthPercentage(100);
                for (Object heading : row) {
                    table.addCell(new PdfPCell(new Phrase(String.valueOf(heading), bold)));
                }
            } else {
                if (table == null) {
                    table = new PdfPTable(2);
                    table.setWidthPercentage(50);
                    table.setHorizontalAlignment(Element.ALIGN_LEFT);
                    headings = List.of();
                }
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    String heading = c < headings.size() ? String.valueOf(headings.get(c)) : String.valueOf(row.get(0));
                    PdfPCell cell = new PdfPCell(new Phrase(text(value, heading), c == 0 && headings.isEmpty() ? bold : body));
                    if (value instanceof BigDecimal) {
                        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    }
                    table.addCell(cell);
                }
            }
        }
        add(document, table);
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable add(Document document, PdfPTable table) {
        if (table != null) {
            table.setSpacingBefore(4);
            table.setSpacingAfter(8);
            document.add(table);
        }
        return null;
    }

    private static String text(Object value, String heading) {
        if (value instanceof BigDecimal number) {
            return heading.contains("GBP") ? "£" + String.format(java.util.Locale.UK, "%,.2f", number) : number.toPlainString();
        }
        return String.valueOf(value);
    }
}
