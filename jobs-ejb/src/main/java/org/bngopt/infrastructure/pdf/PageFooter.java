package org.bngopt.infrastructure.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;

/** The footer of every page: what the document rests on, and "Page x of y" (y written once the last page is known). */
public final class PageFooter extends PdfPageEventHelper {
    private static final Font FONT = FontFactory.getFont(FontFactory.HELVETICA, 7.5f, Color.DARK_GRAY);
    private static final float SIZE = 7.5f;
    private final String text;
    private PdfTemplate pages;
    private BaseFont font;

    public PageFooter(String text) {
        this.text = text;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        pages = writer.getDirectContent().createTemplate(30, 12);
        font = FONT.getCalculatedBaseFont(false);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        float y = document.bottom() - 24;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(text, FONT), document.left(), y, 0);
        String page = "Page " + writer.getPageNumber() + " of ";
        float width = font.getWidthPoint(page, SIZE);
        float x = document.right() - width - 14;
        canvas.beginText();
        canvas.setFontAndSize(font, SIZE);
        canvas.setTextMatrix(x, y);
        canvas.showText(page);
        canvas.endText();
        canvas.addTemplate(pages, x + width, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        pages.beginText();
        pages.setFontAndSize(font, SIZE);
        pages.setTextMatrix(0, 0);
        pages.showText(String.valueOf(writer.getPageNumber() - 1));
        pages.endText();
    }
}
