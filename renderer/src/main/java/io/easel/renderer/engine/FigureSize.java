package io.easel.renderer.engine;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.FigureErrorKind;

import java.util.Locale;

/**
 * The size of one figure in CSS pixels, checked against {@link RenderLimits} before anything is allocated.
 * Vector outputs use these units as PDF/EPS points at {@link #POINTS_PER_CSS_PIXEL}.
 */
record FigureSize(double width, double height) {
    /** CSS defines 96 px per inch and PostScript/PDF 72 pt per inch, so a 600x400 px figure is a 450x300 pt page. */
    static final double POINTS_PER_CSS_PIXEL = 72.0 / 96.0;

    /**
     * The request's size, the only one the engine reads: a spec's {@code ggsize} is the client's business, resolved
     * before the request is sent, and Lets-Plot is handed this size explicitly.
     */
    static FigureSize checked(double width, double height, RenderLimits limits) throws RenderException {
        if (!(width > 0) || !(height > 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
            throw new RenderException(FigureErrorKind.BAD_REQUEST, "The figure size must be positive CSS pixels, got "
                    + number(width) + " x " + number(height) + ". Pass the figure's width and height.");
        }
        FigureSize size = new FigureSize(width, height);
        size.checkAgainst(limits);
        return size;
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
