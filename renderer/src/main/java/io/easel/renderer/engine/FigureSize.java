package io.easel.renderer.engine;

import io.easel.plot.FigureErrorKind;
import java.util.Locale;
import java.util.Map;

/**
 * The size of one figure in CSS pixels, checked against {@link RenderLimits} before anything is allocated.
 * Vector outputs use these units as PDF/EPS points at {@link #POINTS_PER_CSS_PIXEL}.
 */
record FigureSize(double width, double height) {
    static final double DEFAULT_WIDTH = 600;
    static final double DEFAULT_HEIGHT = 400;
    /** CSS defines 96 px per inch and PostScript/PDF 72 pt per inch, so a 600x400 px figure is a 450x300 pt page. */
    static final double POINTS_PER_CSS_PIXEL = 72.0 / 96.0;

    /** Explicit width/height win; else the spec's ggsize; else 600x400. Each side is resolved on its own. */
    static FigureSize resolve(double width, double height, Map<String, Object> spec, RenderLimits limits)
            throws RenderException {
        double w = width;
        double h = height;
        if (Double.isNaN(w) || Double.isNaN(h)) {
            throw new RenderException(FigureErrorKind.BAD_SPEC, "The figure size is not a number (width=" + width
                    + ", height=" + height + "). Pass positive sizes in CSS pixels, or 0 to use the spec's ggsize.");
        }
        Object ggsize = spec.get("ggsize");
        if (ggsize instanceof Map<?, ?> sizeSpec) {
            if (!(w > 0)) {
                w = specSide(sizeSpec, "width");
            }
            if (!(h > 0)) {
                h = specSide(sizeSpec, "height");
            }
        }
        FigureSize size = new FigureSize(w > 0 ? w : DEFAULT_WIDTH, h > 0 ? h : DEFAULT_HEIGHT);
        size.checkAgainst(limits);
        return size;
    }

    private static double specSide(Map<?, ?> sizeSpec, String side) throws RenderException {
        Object value = sizeSpec.get(side);
        if (value == null) {
            return 0;
        }
        if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        throw new RenderException(FigureErrorKind.BAD_SPEC, "The spec's ggsize " + side + " is " + value
                + "; it must be a number of CSS pixels.");
    }

    private void checkAgainst(RenderLimits limits) throws RenderException {
        if (width > limits.maxCssSize() || height > limits.maxCssSize()) {
            throw new RenderException(FigureErrorKind.TOO_LARGE, String.format(Locale.ROOT,
                    "The figure asked for %s x %s CSS px; the limit is %s px per side."
                            + " Use a smaller --width/--height.",
                    number(width), number(height), number(limits.maxCssSize())));
        }
    }

    /** The raster size at this scale, refused before any pixel buffer is allocated. */
    PixelSize pixels(double scale, RenderLimits limits) throws RenderException {
        double w = Math.rint(width * scale);
        double h = Math.rint(height * scale);
        double total = w * h;
        if (w > Integer.MAX_VALUE || h > Integer.MAX_VALUE || total > limits.maxPixels()) {
            throw new RenderException(FigureErrorKind.TOO_LARGE, String.format(Locale.ROOT,
                    "The figure asked for %s x %s px (%s) at scale %s; the limit is %s."
                            + " Use a smaller --width/--height or --scale.",
                    number(w), number(h), megapixels(total), number(scale), megapixels(limits.maxPixels())));
        }
        return new PixelSize((int) Math.max(1, w), (int) Math.max(1, h));
    }

    double widthPoints() {
        return width * POINTS_PER_CSS_PIXEL;
    }

    double heightPoints() {
        return height * POINTS_PER_CSS_PIXEL;
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String megapixels(double pixels) {
        if (pixels >= 1e9) {
            return String.format(Locale.ROOT, "%.1f Gpx", pixels / 1e9);
        }
        return String.format(Locale.ROOT, "%.1f Mpx", pixels / 1e6);
    }

    record PixelSize(int width, int height) {
    }
}
