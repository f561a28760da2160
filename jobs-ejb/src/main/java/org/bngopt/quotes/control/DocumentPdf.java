package org.bngopt.quotes.control;

import static org.bngopt.infrastructure.pdf.PdfStyle.BODY;
import static org.bngopt.infrastructure.pdf.PdfStyle.BOLD;
import static org.bngopt.infrastructure.pdf.PdfStyle.BRAND;
import static org.bngopt.infrastructure.pdf.PdfStyle.HEADING;
import static org.bngopt.infrastructure.pdf.PdfStyle.RULE;
import static org.bngopt.infrastructure.pdf.PdfStyle.SMALL;
import static org.bngopt.infrastructure.pdf.PdfStyle.SMALL_BOLD;
import static org.bngopt.infrastructure.pdf.PdfStyle.TITLE;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.bngopt.document.ClientDocument;
import org.bngopt.infrastructure.pdf.PageFooter;
import org.bngopt.infrastructure.pdf.PdfStyle;
import org.bngopt.document.DocumentRow;
import org.bngopt.document.DocumentSection;
import org.bngopt.json.Json;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

/**
 * The client document as an A4 PDF (OpenPDF): brand header, title and dates, client, site and introducer,
 * one table per section with its totals, the money, next steps, and a footer with the reference-data version
 * and "Page x of y". The same document gives the same bytes: the PDF's dates are the document's day and its
 * file identifier a digest of the document, never the clock or a random number.
 */
public final class DocumentPdf {
    private static final float[] COLUMNS = {13, 17, 8, 13, 18, 8, 11, 10};
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
            PdfStyle.fix(writer, day, Json.compact(model));
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
        blocks.addCell(PdfStyle.block("Client", model.client().name(), model.client().company()));
        ClientDocument.Site site = model.site();
        blocks.addCell(PdfStyle.block("Site", site.location(), site.postcode(), site.lpa() == null ? null : "LPA: " + site.lpa(),
                site.nca() == null ? null : "NCA: " + site.nca()));
        if (model.introducer() != null) {
            blocks.addCell(PdfStyle.block("Introduced by", model.introducer().name()));
        }
        pdf.add(blocks);
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
            table.addCell(PdfStyle.header(HEADERS[i], i >= 5 || i == 2));
        }
        for (DocumentRow row : section.rows()) {
            DocumentRow.Text text = row.text();
            for (String value : new String[] {text.distinctiveness(), text.habitatLost(), text.unitsRequired(),
                    text.distinctivenessSupplied(), text.habitatSupplied(), text.unitsSupplied(), text.pricePerUnit(), text.cost()}) {
                table.addCell(PdfStyle.cell(value, SMALL, false));
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

    private static PdfPCell total(String text, int span) {
        PdfPCell cell = PdfStyle.cell(text, SMALL_BOLD, true);
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
}
