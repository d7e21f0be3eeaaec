package io.easel.renderer.engine;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;

/**
 * Point markers drawn once and stamped: a 100k-point scatter is a hundred thousand identical circles, and an
 * antialiased Ellipse2D fill costs Java2D about five times what copying its few pixels does.
 *
 * <p>A sprite is the marker drawn exactly as the painter would draw it (same shapes, paints, stroke and hints, in
 * device pixels), with its centre at one of {@value #PHASES} x {@value #PHASES} sub-pixel offsets, so a stamp lands
 * within 1/{@value #PHASE_ERROR_DENOMINATOR} pixel of the true position and the antialiased edge keeps its shape.
 * Only markers under a transform of translation and uniform scale are stamped; anything else, and every marker
 * once the cache is full (a continuous colour scale gives every point its own colour), is drawn directly.
 * Not thread-safe: one painting owns one instance.
 */
final class MarkerSprites {
    static final int PHASES = 8;
    static final int PHASE_ERROR_DENOMINATOR = 2 * PHASES;
    /** Beyond this many sprites (each about 100 bytes to 4 KB) drawing directly is as fast as drawing sprites. */
    private static final int MAX_SPRITES = 4096;

    private record Key(double radius, int fill, int stroke, float strokeWidth, double scale, int phaseX, int phaseY) {
    }

    private record Sprite(BufferedImage image, int half) {
    }

    private final Map<Key, Sprite> cache = new HashMap<>();
    private final Map<RenderingHints.Key, Object> hints;

    MarkerSprites(Graphics2D target) {
        @SuppressWarnings("unchecked")
        Map<RenderingHints.Key, Object> copied = (Map<RenderingHints.Key, Object>) (Map<?, ?>) target.getRenderingHints();
        this.hints = copied;
    }

    /** Whether markers under this device transform can be stamped: translation and positive uniform scale only. */
    static boolean canStamp(AffineTransform device) {
        int type = device.getType();
        if ((type & ~(AffineTransform.TYPE_TRANSLATION | AffineTransform.TYPE_UNIFORM_SCALE)) != 0) {
            return false;
        }
        return device.getScaleX() > 0 && device.getScaleX() == device.getScaleY();
    }

    /**
     * Stamps a circle onto g, whose transform must be the identity (device space); false when the cache is full
     * and the caller must draw the circle itself.
     *
     * @param device the transform the circle would be drawn under, accepted by {@link #canStamp}
     * @param fill   may be null; stroke too (then strokeWidth is not used)
     */
    boolean stampCircle(Graphics2D g, AffineTransform device, double cx, double cy, double r, Color fill, Color stroke,
                        float strokeWidth) {
        double scale = device.getScaleX();
        double x = cx * scale + device.getTranslateX();
        double y = cy * scale + device.getTranslateY();
        double fx = Math.floor(x);
        double fy = Math.floor(y);
        int px = (int) Math.round((x - fx) * PHASES);
        int py = (int) Math.round((y - fy) * PHASES);
        Key key = new Key(r, fill == null ? 0 : fill.getRGB(), stroke == null ? 0 : stroke.getRGB(),
                stroke == null ? 0 : strokeWidth, scale, px, py);
        Sprite sprite = cache.get(key);
        if (sprite == null) {
            if (cache.size() >= MAX_SPRITES) {
                return false;
            }
            sprite = draw(key, fill, stroke);
            cache.put(key, sprite);
        }
        g.drawImage(sprite.image(), (int) fx - sprite.half(), (int) fy - sprite.half(), null);
        return true;
    }

    int size() {
        return cache.size();
    }

    private Sprite draw(Key key, Color fill, Color stroke) {
        // the circle's centre sits at (half + phase) in the sprite; the sprite spans what the circle can touch
        double reach = (key.radius() + (stroke == null ? 0 : key.strokeWidth() / 2.0)) * key.scale();
        int half = (int) Math.ceil(reach);
        int side = half + (int) Math.ceil(reach + (PHASES - 1) / (double) PHASES) + 1;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHints(hints);
            g.translate(half + key.phaseX() / (double) PHASES, half + key.phaseY() / (double) PHASES);
            g.scale(key.scale(), key.scale());
            paintCircle(g, key.radius(), fill, stroke, key.strokeWidth());
        } finally {
            g.dispose();
        }
        return new Sprite(image, half);
    }

    /** A circle centred on g's origin, as the painter draws one: fill, then stroke. */
    static void paintCircle(Graphics2D g, double r, Color fill, Color stroke, float strokeWidth) {
        Ellipse2D.Double circle = new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
        if (fill != null) {
            g.setColor(fill);
            g.fill(circle);
        }
        if (stroke != null) {
            g.setColor(stroke);
            g.setStroke(new BasicStroke(strokeWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4f));
            g.draw(circle);
        }
    }
}
