package org.bngopt.unavailability.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.bngopt.document.DocumentFormats;
import org.bngopt.infrastructure.pdf.PageFooter;
import org.bngopt.infrastructure.pdf.PdfStyle;
import org.bngopt.json.Json;
import org.bngopt.unavailability.Statement;
import org.bngopt.unavailability.Unavailability;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.bngopt.infrastructure.pdf.PdfStyle.BODY;
import static org.bngopt.infrastructure.pdf.PdfStyle.BOLD;
import static org.bngopt.infrastructure.pdf.PdfStyle.BRAND;
import static org.bngopt.infrastructure.pdf.PdfStyle.HEADING;
import static org.bngopt.infrastructure.pdf.PdfStyle.SMALL;
import static org.bngopt.infrastructure.pdf.PdfStyle.TITLE;

/**
 * The statement of unavailability as a dated A4 PDF in the style of the quote document: what was asked, per
 * unmet line every bank that could legally supply it and why it did not, the banks considered, and the cost
 * as statutory credits. The same statement gives the same bytes.
 */
public final class StatementPdf {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
    private static final float[] COLUMNS = {9, 22, 20, 8, 9, 8, 24};
    private static final String[] HEADERS = {"Bank", "Name", "Habitat", "Tier", "Stock", "Priced", "Why it did not supply"};

    private StatementPdf() {
    }

    public static byte[] render(Statement statement, String brandName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 40, 40, 40, 56);
        OffsetDateTime made = OffsetDateTime.parse(statement.computedAt());
        Unavailability explained = statement.unavailability();
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setPageEvent(new PageFooter("Reference data " + explained.referenceDataVersion() + " · job " + statement.jobId()));
            pdf.addTitle("Statement of unavailability");
            pdf.open();
            PdfStyle.fix(writer, made.atZoneSameInstant(LONDON).toLocalDate(), Json.compact(statement));
            pdf.add(new Paragraph(brandName, BRAND));
            Paragraph title = new Paragraph("Statement of unavailability of biodiversity units", TITLE);
            title.setSpacingBefore(14);
            pdf.add(title);
            pdf.add(new Paragraph("Made " + WHEN.format(made.atZoneSameInstant(LONDON)) + " for the site in "
                    + (statement.lpa() == null ? "an unnamed LPA" : statement.lpa()) + (statement.nca() == null ? "" : " (NCA "
                    + statement.nca() + ")") + ". " + explained.banksConsidered() + " habitat banks were considered, under the trading"
                    + " rules, tiers and stock of reference data " + explained.referenceDataVersion() + ".", BODY));
            for (Unavailability.Line line : explained.lines()) {
                pdf.add(line(line));
            }
            credits(pdf, statement.credits());
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not draw the statement of job " + statement.jobId(), e);
        }
        return out.toByteArray();
    }

    private static Element line(Unavailability.Line line) throws DocumentException {
        PdfPTable table = new PdfPTable(COLUMNS);
        table.setWidthPercentage(100);
        table.setSpacingBefore(14);
        table.setHeaderRows(3);
        PdfPCell title = new PdfPCell(new Phrase(line.habitat() + ": " + DocumentFormats.units(line.units()) + " units unmet ("
                + line.ledger() + ", " + line.reason() + ")", HEADING));
        title.setColspan(HEADERS.length);
        title.setBorder(Rectangle.NO_BORDER);
        table.addCell(title);
        PdfPCell legal = new PdfPCell(new Phrase(line.legalSupplies().isEmpty() ? "No habitat may legally supply it."
                : "May be supplied by: " + String.join("; ", line.legalSupplies()) + ".", SMALL));
        legal.setColspan(HEADERS.length);
        legal.setBorder(Rectangle.NO_BORDER);
        legal.setPaddingBottom(4);
        table.addCell(legal);
        for (int i = 0; i < HEADERS.length; i++) {
            table.addCell(PdfStyle.header(HEADERS[i], i == 4));
        }
        for (Unavailability.Candidate bank : line.banks()) {
            table.addCell(PdfStyle.cell(bank.bankId(), SMALL, false));
            table.addCell(PdfStyle.cell(bank.bankName(), SMALL, false));
            table.addCell(PdfStyle.cell(bank.supplyHabitat(), SMALL, false));
            table.addCell(PdfStyle.cell(bank.tier(), SMALL, false));
            table.addCell(PdfStyle.cell(DocumentFormats.units(bank.stock()), SMALL, true));
            table.addCell(PdfStyle.cell(bank.priced() ? "yes" : "no", SMALL, false));
            table.addCell(PdfStyle.cell(bank.explanation(), SMALL, false));
        }
        if (line.banks().isEmpty()) {
            PdfPCell none = PdfStyle.cell("No bank holds a habitat that may legally supply this line.", SMALL, false);
            none.setColspan(HEADERS.length);
            table.addCell(none);
        }
        return table;
    }

    private static void credits(Document pdf, Statement.Credits credits) throws DocumentException {
        Paragraph heading = new Paragraph("As statutory credits", HEADING);
        heading.setSpacingBefore(16);
        pdf.add(heading);
        for (Statement.CreditLine line : credits.lines()) {
            pdf.add(new Paragraph(line.habitat() + ": " + DocumentFormats.units(line.units()) + " units, " + line.credits()
                    .stripTrailingZeros().toPlainString() + " credits of tier " + line.tier() + " at " + money(line.pricePerCredit())
                    + " = " + money(line.cost()), BODY));
        }
        if (credits.total() != null) {
            pdf.add(new Paragraph("Total as statutory credits: " + money(credits.total()) + " (table " + credits.version() + ")", BOLD));
        }
        if (credits.note() != null) {
            pdf.add(new Paragraph(credits.note(), BODY));
        }
    }

    private static String money(BigDecimal amount) {
        return DocumentFormats.money(amount);
    }
}
