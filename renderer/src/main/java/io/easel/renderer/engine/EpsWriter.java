package io.easel.renderer.engine;

import io.easel.plot.FigureErrorKind;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.eps.EPSProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;

import com.github.weisj.jsvg.SVGDocument;

/**
 * EPS through VectorGraphics2D, at the same 0.75 pt per CSS pixel as the PDF, text as outlines of the PNG's face.
 * VectorGraphics2D measures its page and its drawing space in millimetres and writes the bounding box in points,
 * rounded outwards.
 */
final class EpsWriter {
    private static final double POINTS_PER_MM = 72.0 / 25.4;

    private EpsWriter() {
    }

    static byte[] write(SVGDocument document, FigureSize size) throws RenderException {
        double widthMm = millimetres(size.widthPoints());
        double heightMm = millimetres(size.heightPoints());
        VectorGraphics2D g = new VectorGraphics2D();
        g.scale(widthMm / size.width(), heightMm / size.height());
        // VectorGraphics2D can only name PostScript fonts, not embed one: a printer without DejaVu would substitute
        // Courier or Helvetica. Glyph outlines of the PNG's face look the same everywhere (the text is not searchable).
        JsvgPainting.paint(document, size, new FigureOutput(FigureOutput.prepare(g), true));
        try {
            Document eps = new EPSProcessor().getDocument(g.getCommands(), new PageSize(widthMm, heightMm));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            eps.writeTo(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new RenderException(FigureErrorKind.INTERNAL, "Writing the EPS failed: " + e.getMessage(), e);
        }
    }

    /**
     * The page side in millimetres, nudged down so converting back to points cannot overshoot: 450 pt must
     * come back as 450, not 450.00000000000006, which the bounding box would round up to 451.
     */
    private static double millimetres(double points) {
        double mm = points / POINTS_PER_MM;
        while (mm * POINTS_PER_MM > points) {
            mm = Math.nextDown(mm);
        }
        return mm;
    }
}
