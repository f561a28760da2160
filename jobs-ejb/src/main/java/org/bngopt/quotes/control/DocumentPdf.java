package org.bngopt.quotes.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.bngopt.document.ClientDocument;
import org.bngopt.document.DocumentRow;
import org.bngopt.document.DocumentSection;
import org.bngopt.json.Json;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * The client document as an A4 PDF (OpenPDF): brand header, title and dates, client, site and introducer,
 * one table per section with its totals, the money, next steps, and a footer with the reference-data version
 * and "Page x of y". The same document gives the same bytes: the PDF's dates are the document's day and its
 * file identifier a digest of the document, never the clock or a random number.
 */
public final class DocumentPdf {
    static final Color GREEN = new Color(0x1b, 0x5e, 0x20);
    private static final Color RULE = new Color(0xc8, 0xc8, 0xc8);
    private static final Color HEADING_FILL = new Color(0xe8, 0xf5, 0xe9);
    private static final Font BRAND = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, GREEN);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15, Color.BLACK);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11, GREEN);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9, Color.BLACK);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9, Color.BLACK);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7.5f, Color.DARK_GRAY);
    private static final Font SMALL_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7.5f, Color.BLACK);
    private static final float[] COLUMNS = {11, 19, 8, 11, 20, 8, 11, 10};
    private static final String[] HEADERS = {"Distinctiveness", "Habitat lost", "Units required", "Distinctiveness supplied",
            "Habitat supplied", "Units supplied", "Price per unit", "Cost"};

    private DocumentPdf() {
    }

    /** @param day the document's date (the issue day, or the day a draft was saved) */
    public static byte[] render(ClientDocument model, LocalDate day) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 40, 40, 40, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setPageEvent(new PageFooter("Reference data " + model.referenceDataVersion() + " · " + model.reference()));
            pdf.addTitle(model.title());
            pdf.addAuthor(model.brand().name());
            pdf.open();
            fixed(writer, model, day);
            header(pdf, model);
            parties(pdf, model);
            for (DocumentSection section : model.sections()) {
                pdf.add(section(section));
            }
            pdf.add(money(model));
            nextSteps(pdf, model);
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not draw the PDF of " + model.reference(), e);
        }
        return out.toByteArray();
    }

    /** The document's own day for its dates, and a digest of it for its file identifier. */
    private static void fixed(PdfWriter writer, ClientDocument model, LocalDate day) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.setTimeInMillis(day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(calendar));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(calendar));
        byte[] digest = md5(Json.compact(model));
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(digest, digest));
    }

    private static void header(Document pdf, ClientDocument model) throws DocumentException {
        pdf.add(new Paragraph(model.brand().name(), BRAND));
        pdf.add(new Paragraph(model.brand().address() + " · " + model.brand().email(), SMALL));
        Paragraph title = new Paragraph(model.title(), TITLE);
        title.setSpacingBefore(14);
        pdf.add(title);
        String dates = model.text().issuedOn().isEmpty() ? "Draft: not yet issued"
                : "Issued " + model.text().issuedOn() + " · valid until " + model.text().validUntil();
        pdf.add(new Paragraph(dates, BODY));
    }

    private static void parties(Document pdf, ClientDocument model) throws DocumentException {
        PdfPTable blocks = new PdfPTable(model.introducer() == null ? 2 : 3);
        blocks.setWidthPercentage(100);
        blocks.setSpacingBefore(12);
        blocks.addCell(block("Client", model.client().name(), model.client().company()));
        ClientDocument.Site site = model.site();
        blocks.addCell(block("Site", site.location(), site.postcode(), site.lpa() == null ? null : "LPA: " + site.lpa(),
                site.nca() == null ? null : "NCA: " + site.nca()));
        if (model.introducer() != null) {
            blocks.addCell(block("Introduced by", model.introducer().name()));
        }
        pdf.add(blocks);
    }

    private static PdfPCell block(String heading, String... lines) {
        Paragraph text = new Paragraph(heading, HEADING);
        for (String line : lines) {
            if (line != null && !line.isBlank()) {
                text.add(new Phrase("\n" + line, BODY));
            }
        }
        PdfPCell cell = new PdfPCell(text);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingBottom(6);
        return cell;
    }

    private static Element section(DocumentSection section) throws DocumentException {
        PdfPTable table = new PdfPTable(COLUMNS);
        table.setWidthPercentage(100);
        table.setSpacingBefore(14);
        table.setHeaderRows(2);
        PdfPCell title = new PdfPCell(new Phrase(section.title(), HEADING));
        title.setColspan(HEADERS.length);
        title.setBorder(Rectangle.NO_BORDER);
        title.setPaddingBottom(4);
        table.addCell(title);
        for (int i = 0; i < HEADERS.length; i++) {
            PdfPCell header = cell(HEADERS[i], SMALL_BOLD, i >= 5 || i == 2);
            header.setBackgroundColor(HEADING_FILL);
            table.addCell(header);
        }
        for (DocumentRow row : section.rows()) {
            DocumentRow.Text text = row.text();
            for (String value : new String[] {text.distinctiveness(), text.habitatLost(), text.unitsRequired(),
                    text.distinctivenessSupplied(), text.habitatSupplied(), text.unitsSupplied(), text.pricePerUnit(), text.cost()}) {
                table.addCell(cell(value, SMALL, false));
            }
        }
        for (int i = 0; i < table.getRows().size(); i++) {
            alignNumbers(table, i);
        }
        table.addCell(total("Total", 2));
        table.addCell(total(section.totals().text().unitsRequired(), 1));
        table.addCell(total("", 2));
        table.addCell(total(section.totals().text().unitsSupplied(), 1));
        table.addCell(total("", 1));
        table.addCell(total(section.totals().text().cost(), 1));
        return table;
    }

    private static void alignNumbers(PdfPTable table, int row) {
        PdfPCell[] cells = table.getRow(row).getCells();
        if (cells.length == HEADERS.length) {
            for (int column : new int[] {2, 5, 6, 7}) {
                if (cells[column] != null) {
                    cells[column].setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
            }
        }
    }

    private static PdfPCell cell(String text, Font font, boolean right) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setBorderColor(RULE);
        cell.setPadding(3);
        cell.setHorizontalAlignment(right ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        return cell;
    }

    private static PdfPCell total(String text, int span) {
        PdfPCell cell = cell(text, SMALL_BOLD, true);
        cell.setColspan(span);
        return cell;
    }

    private static Element money(ClientDocument model) throws DocumentException {
        PdfPTable money = new PdfPTable(new float[] {70, 30});
        money.setWidthPercentage(50);
        money.setHorizontalAlignment(Element.ALIGN_RIGHT);
        money.setSpacingBefore(14);
        moneyRow(money, "Subtotal", model.text().subtotal(), BODY);
        moneyRow(money, ClientDocument.ADMIN_FEE_LABEL, model.text().adminFee(), BODY);
        moneyRow(money, "Total " + model.vatNote(), model.text().total(), BOLD);
        return money;
    }

    private static void moneyRow(PdfPTable table, String label, String amount, Font font) {
        PdfPCell name = new PdfPCell(new Phrase(label, font));
        PdfPCell value = new PdfPCell(new Phrase(amount, font));
        value.setHorizontalAlignment(Element.ALIGN_RIGHT);
        for (PdfPCell cell : new PdfPCell[] {name, value}) {
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(RULE);
            cell.setPadding(4);
            table.addCell(cell);
        }
    }

    private static void nextSteps(Document pdf, ClientDocument model) throws DocumentException {
        Paragraph heading = new Paragraph("Next steps", HEADING);
        heading.setSpacingBefore(16);
        pdf.add(heading);
        for (String step : model.nextSteps()) {
            Paragraph paragraph = new Paragraph(step, BODY);
            paragraph.setSpacingBefore(4);
            pdf.add(paragraph);
        }
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
