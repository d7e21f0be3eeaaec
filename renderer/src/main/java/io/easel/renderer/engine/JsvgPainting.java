package io.easel.renderer.engine;

import io.easel.plot.FigureErrorKind;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.concurrent.locks.ReentrantLock;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.renderer.NullPlatformSupport;
import com.github.weisj.jsvg.renderer.output.Output;
import com.github.weisj.jsvg.view.ViewBox;

/**
 * Draws a JSVG document onto any Graphics2D, one painting at a time.
 *
 * <p>Why serialised: JSVG 2.1.0 caches resolved fonts in a plain static HashMap (FontResolver.FontCache)
 * that every text element reads and writes while painting; two paintings at once race on it. Layout,
 * loading and encoding stay parallel; only this step takes turns. The wait is interruptible, so a render
 * its caller gave up on (timeout) does not queue behind a long painting.
 */
final class JsvgPainting {
    private static final ReentrantLock FONT_CACHE_LOCK = new ReentrantLock();

    private JsvgPainting() {
    }

    /** Paints the figure into the rectangle (0, 0, size) of g's current user space. */
    static void paint(SVGDocument document, FigureSize size, Graphics2D g) throws RenderException {
        paint(document, size, FigureOutput.createFor(g));
    }

    /** Paints through the given output, and disposes of it. */
    static void paint(SVGDocument document, FigureSize size, Output output) throws RenderException {
        ViewBox viewport = new ViewBox(0, 0, (float) size.width(), (float) size.height());
        try {
            FONT_CACHE_LOCK.lockInterruptibly();
        } catch (InterruptedException e) {
            output.dispose();
            Thread.currentThread().interrupt();
            throw new RenderException(FigureErrorKind.INTERNAL, "The render was cancelled while waiting to draw.", e);
        }
        try {
            document.renderWithPlatform(NullPlatformSupport.INSTANCE, output, viewport);
        } catch (RuntimeException e) {
            throw new RenderException(FigureErrorKind.INTERNAL, "Drawing the figure failed: " + e, e);
        } finally {
            FONT_CACHE_LOCK.unlock();
            output.dispose();
        }
    }

    /** The lock paintings take turns on; visible to tests that need to hold it. */
    static ReentrantLock paintingLock() {
        return FONT_CACHE_LOCK;
    }

    static void setQualityHints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }
}
