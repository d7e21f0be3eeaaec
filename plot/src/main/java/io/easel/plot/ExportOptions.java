package io.easel.plot;

/**
 * Size and resolution of an export.
 *
 * <p>{@code width} and {@code height} are CSS pixels; 0 means "the figure's own size" (see {@link Figure#size}), each
 * on its own. {@code scale} multiplies the pixel size of raster formats (2 gives a sharp HiDPI image of the same
 * layout); vector formats ignore it.
 *
 * @param width  width in CSS pixels, or 0 for the figure's width
 * @param height height in CSS pixels, or 0 for the figure's height
 * @param scale  pixel multiplier for PNG, JPEG and WebP; must be positive
 */
public record ExportOptions(double width, double height, double scale) {

    /** The largest width or height accepted, in CSS pixels. */
    public static final double MAX_SIZE = 10_000;

    /** The largest scale accepted. */
    public static final double MAX_SCALE = 10;

    private static final ExportOptions DEFAULTS = new ExportOptions(0, 0, 1);

    /** Checks the values; every failure says which value is wrong and what is allowed. */
    public ExportOptions {
        checkSize("width", width);
        checkSize("height", height);
        if (!(scale > 0) || scale > MAX_SCALE) {
            throw new IllegalArgumentException("Export scale must be a number above 0 and at most " + (int) MAX_SCALE
                    + " (2 gives HiDPI images), got " + scale + ".");
        }
    }

    private static void checkSize(String what, double value) {
        if (!(value >= 0) || value > MAX_SIZE) {
            throw new IllegalArgumentException("Export " + what + " must be between 0 and " + (int) MAX_SIZE
                    + " CSS pixels (0 keeps the figure's own " + what + "), got " + value + ".");
        }
    }

    /** The figure's own size at scale 1. */
    public static ExportOptions defaults() {
        return DEFAULTS;
    }

    /** The given size in CSS pixels, scale 1. */
    public static ExportOptions size(double width, double height) {
        return new ExportOptions(width, height, 1);
    }

    /** The figure's own size, the given scale (2 for HiDPI raster images). */
    public static ExportOptions scaled(double scale) {
        return new ExportOptions(0, 0, scale);
    }

    /** These options with another size in CSS pixels (0 keeps the figure's own). */
    public ExportOptions withSize(double width, double height) {
        return new ExportOptions(width, height, scale);
    }

    /** These options with another scale. */
    public ExportOptions withScale(double scale) {
        return new ExportOptions(width, height, scale);
    }

    /** These options with zero sizes replaced by the given figure size. */
    ExportOptions resolvedFor(double figureWidth, double figureHeight) {
        return new ExportOptions(width > 0 ? width : figureWidth, height > 0 ? height : figureHeight, scale);
    }
}
