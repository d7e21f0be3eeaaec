package io.easel.renderer.engine;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import com.github.weisj.jsvg.SVGDocument;

/** Paints a figure into a new pixel buffer of the requested device size. */
final class RasterPainter {
    private RasterPainter() {
    }

    /**
     * @param opaque true for formats without alpha (JPEG): the buffer has no alpha channel and starts white,
     *               as a browser shows the SVG, instead of black where nothing was painted
     */
    static BufferedImage paint(SVGDocument document, FigureSize size, FigureSize.PixelSize pixels, boolean opaque)
            throws RenderException {
        BufferedImage image = new BufferedImage(pixels.width(), pixels.height(),
                opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            if (opaque) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, pixels.width(), pixels.height());
            }
            JsvgPainting.setQualityHints(g);
            // Scale each axis to the rounded pixel size so the figure fills the buffer exactly.
            g.scale(pixels.width() / size.width(), pixels.height() / size.height());
            JsvgPainting.paint(document, size, g);
        } finally {
            g.dispose();
        }
        return image;
    }
}
