package org.bngopt.infrastructure.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/** The house style of the product's PDFs: fonts, colours and cells; and their fixed dates and identifier. */
public final class PdfStyle {
    public static final Color GREEN = new Color(0x1b, 0x5e, 0x20);
    public static final Color RULE = new Color(0xc8, 0xc8, 0xc8);
    public static final Color HEADING_FILL = new Color(0xe8, 0xf5, 0xe9);
    public static final Font BRAND = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, GREEN);
    public static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15, Color.BLACK);
    public static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11, GREEN);
    public static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9, Color.BLACK);
    public static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9, Color.BLACK);
    public static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7.5f, Color.DARK_GRAY);
    public static final Font SMALL_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7.5f, Color.BLACK);

    private PdfStyle() {
    }

    /**
     * Makes the PDF the same bytes for the same content: its creation and modification dates are {@code day}
     * and its file identifier a digest of {@code content}, where OpenPDF would put the clock and a random number.
     */
    public static void fix(PdfWriter writer, LocalDate day, String content) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.setTimeInMillis(day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(calendar));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(calendar));
        byte[] digest = md5(content);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(digest, digest));
    }

    /** A table cell in the house style, right-aligned for figures. */
    public static PdfPCell cell(String text, Font font, boolean right) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setBorderColor(RULE);
        cell.setPadding(3);
        cell.setHorizontalAlignment(right ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        return cell;
    }

    /** A header cell: small bold on the pale green. */
    public static PdfPCell header(String text, boolean right) {
        PdfPCell cell = cell(text, SMALL_BOLD, right);
        cell.setBackgroundColor(HEADING_FILL);
        return cell;
    }

    /** A borderless block: a green heading over lines of text, blank lines left out. */
    public static PdfPCell block(String heading, String... lines) {
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

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
