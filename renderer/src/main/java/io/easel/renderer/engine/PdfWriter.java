package io.easel.renderer.engine;

import io.easel.plot.FigureErrorKind;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;

import com.github.weisj.jsvg.SVGDocument;

/**
 * Vector PDF through PDFBox's Graphics2D: one page of the figure's size at 0.75 pt per CSS pixel
 * (96 px = 72 pt = 1 in), text written as PDF text in the embedded face the PNG shows ({@link EmbeddedFonts}),
 * so it can be searched and looks the same on every machine.
 */
final class PdfWriter {
    private PdfWriter() {
    }

    static byte[] write(SVGDocument document, FigureSize size) throws RenderException {
        float width = (float) size.widthPoints();
        float height = (float) size.heightPoints();
        try (PDDocument pdf = new PDDocument(); EmbeddedFonts fonts = new EmbeddedFonts()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            pdf.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(pdf, width, height);
            g.setFontTextDrawer(fonts);
            g.scale(FigureSize.POINTS_PER_CSS_PIXEL, FigureSize.POINTS_PER_CSS_PIXEL);
            // every run goes to drawString; the font drawer writes text where it has the face, outlines elsewhere
            JsvgPainting.paint(document, size, TextPreservingOutput.createFor(g, text -> true, false));
            g.dispose();
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
