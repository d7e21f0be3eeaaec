package io.easel.renderer.engine;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ImageObserver;

import com.github.weisj.jsvg.renderer.SVGRenderingHints;
import com.github.weisj.jsvg.renderer.output.Output;
import com.github.weisj.jsvg.renderer.output.impl.Graphics2DOutput;
import com.github.weisj.jsvg.renderer.output.impl.RenderingHintsUtil;

/**
 * JSVG's Graphics2D output with two fixes for how figures must look.
 * <ul>
 *   <li>SVG's rule for zero-width strokes, "a zero value causes no stroke to be painted". JSVG 2.1.0 hands
 *       Java2D a zero-width BasicStroke, which Java2D draws as a hairline, so the invisible frame Lets-Plot
 *       puts around every plot (stroke-width="0.0") showed as a grey border.</li>
 *   <li>For targets without transparency (EPS): translucent colours are blended onto white before drawing.
 *       PostScript ignores alpha, so a confidence band would otherwise come out as a solid dark block.</li>
 *   <li>Images are scaled nearest-neighbour. Lets-Plot embeds an image only for raster layers (geom_raster,
 *       geom_imshow), one pixel per cell, and marks it {@code image-rendering: pixelated}; JSVG 2.1.0 ignores
 *       that property and scaled with the bilinear hint, so a heatmap came out as a blurred gradient. PDFBox's
 *       Graphics2D turns the same hint into {@code /Interpolate false}.</li>
 * </ul>
 */
class FigureOutput extends Graphics2DOutput {
    private final boolean flattensAlpha;

    FigureOutput(Graphics2D g, boolean flattensAlpha) {
        super(g);
        this.flattensAlpha = flattensAlpha;
    }

    /** An output on a copy of g with JSVG's usual hints, as JSVG's own Output.createForGraphics does. */
    static FigureOutput createFor(Graphics2D g) {
        return new FigureOutput(prepare(g), false);
    }

    static Graphics2D prepare(Graphics2D g) {
        Graphics2D own = (Graphics2D) g.create();
        RenderingHintsUtil.setupSVGRenderingHints(own);
        // with image antialiasing on, JSVG fills an image as a TexturePaint, which Java2D samples bilinearly
        // whatever the interpolation hint; off, it calls drawImage, where the hint below applies
        own.setRenderingHint(SVGRenderingHints.KEY_IMAGE_ANTIALIASING, SVGRenderingHints.VALUE_IMAGE_ANTIALIASING_OFF);
        return own;
    }

    boolean flattensAlpha() {
        return flattensAlpha;
    }

    @Override
    public void fillShape(Shape shape) {
        paintOpaque(() -> super.fillShape(shape));
    }

    @Override
    public void drawShape(Shape shape) {
        if (stroke() instanceof BasicStroke basic && !(basic.getLineWidth() > 0)) {
            return;
        }
        paintOpaque(() -> super.drawShape(shape));
    }

    @Override
    public Output createChild() {
        return new FigureOutput((Graphics2D) graphics().create(), flattensAlpha);
    }

    @Override
    public void drawImage(BufferedImage image) {
        pixelated(() -> super.drawImage(image));
    }

    @Override
    public void drawImage(Image image, ImageObserver observer) {
        pixelated(() -> super.drawImage(image, observer));
    }

    @Override
    public void drawImage(Image image, AffineTransform at, ImageObserver observer) {
        pixelated(() -> super.drawImage(image, at, observer));
    }

    private void pixelated(Runnable draw) {
        Graphics2D g = graphics();
        Object before = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        try {
            draw.run();
        } finally {
            if (before != null) {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, before);
            }
        }
    }

    /** Runs a drawing step, with the current paint blended onto white first when this target needs it. */
    final void paintOpaque(Runnable draw) {
        Graphics2D g = graphics();
        Paint paint = g.getPaint();
        Composite composite = g.getComposite();
        Paint opaque = flattensAlpha ? onWhite(paint, composite) : paint;
        if (opaque == paint) {
            draw.run();
            return;
        }
        g.setPaint(opaque);
        g.setComposite(AlphaComposite.SrcOver);
        try {
            draw.run();
        } finally {
            g.setPaint(paint);
            g.setComposite(composite);
        }
    }

    /** The colour a translucent paint shows over white; other paints are returned unchanged. */
    static Paint onWhite(Paint paint, Composite composite) {
        float alpha = composite instanceof AlphaComposite ac ? ac.getAlpha() : 1f;
        if (!(paint instanceof Color color) || (color.getAlpha() == 255 && alpha >= 1f)) {
            return paint;
        }
        float a = color.getAlpha() / 255f * alpha;
        return new Color(blend(color.getRed(), a), blend(color.getGreen(), a), blend(color.getBlue(), a));
    }

    private static int blend(int channel, float alpha) {
        return Math.round(channel * alpha + 255 * (1 - alpha));
    }
}
