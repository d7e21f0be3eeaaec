package io.easel.renderer.engine;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

import org.jetbrains.letsPlot.datamodel.svg.dom.SvgSvgElement;

import com.github.weisj.jsvg.SVGDocument;

/**
 * Paints a figure into a new pixel buffer of the requested device size: from Lets-Plot's DOM directly
 * ({@link SvgDomPainter}), or from a JSVG document.
 */
final class RasterPainter {
    private RasterPainter() {
    }

    /**
     * Paints the DOM with the direct painter, point markers stamped from sprites.
     *
     * @throws UnsupportedSvgException the DOM holds something the painter does not draw; nothing is returned
     */
    static BufferedImage paintDirect(SvgSvgElement dom, FigureSize size, FigureSize.PixelSize pixels, boolean opaque,
                                     int maxElements) throws RenderException, UnsupportedSvgException {
        // Premultiplied while painting: Java2D composites sprites onto it twice as fast as onto plain ARGB
        BufferedImage image = opaque ? newImage(pixels, true)
                : new BufferedImage(pixels.width(), pixels.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            JsvgPainting.setQualityHints(g);
            g.scale(pixels.width() / size.width(), pixels.height() / size.height());
            SvgDomPainter.paint(dom, size, g, SvgDomPainter.TextMode.OUTLINES, true, image, maxElements);
        } finally {
            g.dispose();
        }
        return opaque ? image : unpremultiplied(image);
    }

    /** The ARGB image the encoders expect, from a premultiplied one. */
    static BufferedImage unpremultiplied(BufferedImage premultiplied) {
        int w = premultiplied.getWidth();
        int h = premultiplied.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] from = ((DataBufferInt) premultiplied.getRaster().getDataBuffer()).getData();
        int[] to = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < from.length; i++) {
            int p = from[i];
            int a = p >>> 24;
            if (a == 255 || a == 0) {
                to[i] = a == 0 ? 0 : p;
                continue;
            }
            int r = Math.min(255, (((p >> 16) & 0xFF) * 255 + a / 2) / a);
            int gr = Math.min(255, (((p >> 8) & 0xFF) * 255 + a / 2) / a);
            int b = Math.min(255, ((p & 0xFF) * 255 + a / 2) / a);
            to[i] = a << 24 | r << 16 | gr << 8 | b;
        }
        return out;
    }

    private static BufferedImage newImage(FigureSize.PixelSize pixels, boolean opaque) {
        BufferedImage image = new BufferedImage(pixels.width(), pixels.height(),
                opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        if (opaque) {
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, pixels.width(), pixels.height());
            g.dispose();
        }
        return image;
    }

    /**
     * @param opaque true for formats without alpha (JPEG): the buffer has no alpha channel and starts white,
     *               as a browser shows the SVG, instead of black where nothing was painted
     */
    static BufferedImage paint(SVGDocument document, FigureSize size, FigureSize.PixelSize pixels, boolean opaque)
            throws RenderException {
        BufferedImage image = newImage(pixels, opaque);
        Graphics2D g = image.createGraphics();
        try {
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
