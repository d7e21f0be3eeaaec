package io.easel.renderer.engine;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
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

    /**
     * A sprite's image, and the same pixels laid out for compositing into a canvas of a given width: its opaque runs
     * (copied) and its translucent pixels (blended), each with its offset from the stamp's top-left pixel in the
     * canvas. A marker's inside is copied, only its rim is blended, and no transparent pixel is visited.
     */
    private record Sprite(BufferedImage image, int half, int side, int[] pixels, int[] runFrom, int[] runTo,
                          int[] runLength, int[] rimTo, int[] rimPixel) {
        static Sprite of(BufferedImage image, int half, int canvasWidth) {
            int side = image.getWidth();
            int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            IntList runFrom = new IntList();
            IntList runTo = new IntList();
            IntList runLength = new IntList();
            IntList rimTo = new IntList();
            IntList rimPixel = new IntList();
            for (int row = 0; row < side; row++) {
                int base = row * side;
                for (int col = 0; col < side; ) {
                    int alpha = pixels[base + col] >>> 24;
                    if (alpha != 255) {
                        if (alpha != 0) {
                            rimTo.add(row * canvasWidth + col);
                            rimPixel.add(pixels[base + col]);
                        }
                        col++;
                        continue;
                    }
                    int from = col;
                    while (col < side && pixels[base + col] >>> 24 == 255) {
                        col++;
                    }
                    runFrom.add(base + from);
                    runTo.add(row * canvasWidth + from);
                    runLength.add(col - from);
                }
            }
            return new Sprite(image, half, side, pixels, runFrom.toArray(), runTo.toArray(), runLength.toArray(),
                    rimTo.toArray(), rimPixel.toArray());
        }
    }

    /** A growable int array (sprites are built a few dozen times a render, not worth a library). */
    private static final class IntList {
        private int[] values = new int[32];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    private final Map<Key, Sprite> cache = new HashMap<>();
    private final Map<RenderingHints.Key, Object> hints;
    /** The canvas's pixels when stamps may be written into them straight (premultiplied ARGB or opaque RGB). */
    private final int[] canvas;
    private final int canvasWidth;
    private final int canvasHeight;

    MarkerSprites(Graphics2D target) {
        this(target, null);
    }

    /**
     * @param canvas the image target paints into, or null. Java2D's drawImage costs about a microsecond a call
     *               whatever the sprite's size, more than compositing a marker's few dozen pixels; so a stamp
     *               that lies wholly inside a rectangular clip is composited into the canvas's pixels directly.
     */
    MarkerSprites(Graphics2D target, BufferedImage canvas) {
        @SuppressWarnings("unchecked")
        Map<RenderingHints.Key, Object> copied = (Map<RenderingHints.Key, Object>) (Map<?, ?>) target.getRenderingHints();
        this.hints = copied;
        boolean writable = canvas != null && (canvas.getType() == BufferedImage.TYPE_INT_ARGB_PRE
                || canvas.getType() == BufferedImage.TYPE_INT_RGB)
                && canvas.getRaster().getDataBuffer() instanceof DataBufferInt;
        this.canvas = writable ? ((DataBufferInt) canvas.getRaster().getDataBuffer()).getData() : null;
        this.canvasWidth = writable ? canvas.getWidth() : 0;
        this.canvasHeight = writable ? canvas.getHeight() : 0;
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
        int left = (int) fx - sprite.half();
        int top = (int) fy - sprite.half();
        if (!composite(g, sprite, left, top)) {
            g.drawImage(sprite.image(), left, top, null);
        }
        return true;
    }

    /**
     * Source-over of the sprite into the canvas's pixels, as Java2D composites premultiplied pixels, when the stamp
     * lies a pixel or more inside a rectangular clip (so Java2D would have drawn every one of its pixels) under the
     * plain source-over composite; false, with nothing drawn, otherwise.
     */
    private boolean composite(Graphics2D g, Sprite sprite, int left, int top) {
        if (canvas == null || g.getComposite() != AlphaComposite.SrcOver) {
            return false;
        }
        int side = sprite.side();
        Shape clip = g.getClip();
        if (clip != null && !(clip instanceof Rectangle2D box
                && box.getMinX() <= left - 1 && box.getMinY() <= top - 1
                && box.getMaxX() >= left + side + 1 && box.getMaxY() >= top + side + 1)) {
            return false;
        }
        if (left < 0 || top < 0 || left + side > canvasWidth || top + side > canvasHeight) {
            return false;
        }
        int origin = top * canvasWidth + left;
        int[] from = sprite.pixels();
        int[] runFrom = sprite.runFrom();
        int[] runTo = sprite.runTo();
        int[] runLength = sprite.runLength();
        for (int k = 0; k < runFrom.length; k++) {
            System.arraycopy(from, runFrom[k], canvas, origin + runTo[k], runLength[k]);
        }
        int[] rimTo = sprite.rimTo();
        int[] rimPixel = sprite.rimPixel();
        for (int k = 0; k < rimTo.length; k++) {
            int at = origin + rimTo[k];
            int src = rimPixel[k];
            int dst = canvas[at];
            int keep = 255 - (src >>> 24);
            canvas[at] = ((src >>> 24) + mul(keep, dst >>> 24)) << 24
                    | ((src >>> 16 & 0xFF) + mul(keep, dst >>> 16 & 0xFF)) << 16
                    | ((src >>> 8 & 0xFF) + mul(keep, dst >>> 8 & 0xFF)) << 8
                    | ((src & 0xFF) + mul(keep, dst & 0xFF));
        }
        return true;
    }

    /** a x b / 255, rounded, for 0..255 each: Java2D's mul8 table. */
    private static int mul(int a, int b) {
        int t = a * b + 128;
        return (t + (t >>> 8)) >>> 8;
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
        return Sprite.of(image, half, canvasWidth);
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
