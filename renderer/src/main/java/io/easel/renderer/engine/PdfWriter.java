package io.easel.renderer.engine;

import io.easel.plot.FigureErrorKind;

import java.awt.geom.Rectangle2D;

import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;

import com.github.weisj.jsvg.SVGDocument;

/**
 * Vector PDF through JFreePDF: one page of the figure's size at 0.75 pt per CSS pixel (96 px = 72 pt = 1 in),
 * text written as PDF text so it can be searched.
 */
final class PdfWriter {
    private PdfWriter() {
    }

    static byte[] write(SVGDocument document, FigureSize size) throws RenderException {
        PDFDocument pdf = new PDFDocument();
        Page page = pdf.createPage(new Rectangle2D.Double(0, 0, size.widthPoints(), size.heightPoints()));
        PDFGraphics2D g = page.getGraphics2D();
        g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g.scale(FigureSize.POINTS_PER_CSS_PIXEL, FigureSize.POINTS_PER_CSS_PIXEL);
        JsvgPainting.paint(document, size, TextPreservingOutput.createFor(g, VectorTextRules::pdfCanWrite, false));
        try {
            return pdf.getPDFBytes();
        } catch (RuntimeException e) {
            throw new RenderException(FigureErrorKind.INTERNAL, "Writing the PDF failed: " + e.getMessage(), e);
        }
    }
}
