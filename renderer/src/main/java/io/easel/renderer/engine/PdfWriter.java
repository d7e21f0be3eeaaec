package io.easel.renderer.engine;

import io.easel.plot.FigureErrorKind;

import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;

import org.jetbrains.letsPlot.datamodel.svg.dom.SvgSvgElement;

import com.github.weisj.jsvg.SVGDocument;

/**
 * Vector PDF through PDFBox's Graphics2D: one page of the figure's size at 0.75 pt per CSS pixel
 * (96 px = 72 pt = 1 in), text written as PDF text in the embedded face the PNG shows ({@link EmbeddedFonts}),
 * so it can be searched and looks the same on every machine.
 */
final class PdfWriter {
    private PdfWriter() {
    }

    /** Draws a figure onto the page's Graphics2D, in CSS pixels. */
    interface Painting {
        void paint(Graphics2D g) throws RenderException, UnsupportedSvgException;
    }

    static byte[] write(SVGDocument document, FigureSize size) throws RenderException {
        try {
            // every run goes to drawString; the font drawer writes text where it has the face, outlines elsewhere
            return write(size, g -> JsvgPainting.paint(document, size, TextPreservingOutput.createFor(g, text -> true,
                    false)));
        } catch (UnsupportedSvgException e) {
            throw new AssertionError("JSVG painting does not decline", e);
        }
    }

    /**
     * The PDF of Lets-Plot's DOM painted directly ({@link SvgDomPainter}), text written with drawString.
     *
     * @throws UnsupportedSvgException the painter declined the figure; no PDF is made
     */
    static byte[] writeDirect(SvgSvgElement dom, FigureSize size, int maxElements)
            throws RenderException, UnsupportedSvgException {
        return write(size, g -> {
            Graphics2D own = FigureOutput.prepare(g);
            try {
                SvgDomPainter.paint(dom, size, own, SvgDomPainter.TextMode.STRINGS, false, null, maxElements);
            } finally {
                own.dispose();
            }
        });
    }

    private static byte[] write(FigureSize size, Painting painting) throws RenderException, UnsupportedSvgException {
        float width = (float) size.widthPoints();
        float height = (float) size.heightPoints();
        try (PDDocument pdf = new PDDocument(); EmbeddedFonts fonts = new EmbeddedFonts()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            pdf.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(pdf, width, height);
            g.setFontTextDrawer(fonts);
            g.scale(FigureSize.POINTS_PER_CSS_PIXEL, FigureSize.POINTS_PER_CSS_PIXEL);
            try {
                painting.paint(g);
            } finally {
                g.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawForm(g.getXFormObject());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // no object streams: the page size and font names stay plain text, readable by simple tools and tests
            pdf.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new RenderException(FigureErrorKind.INTERNAL, "Writing the PDF failed: " + e, e);
        }
    }
}
