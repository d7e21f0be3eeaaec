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
        if (!(value >= 0) || value > Figure.MAX_SIZE) {
            throw new IllegalArgumentException("Export " + what + " must be between 0 and " + (int) Figure.MAX_SIZE
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

    /**
     * These options with zero sides replaced by the figure's own: the size a renderer is given. This is the one place
     * a figure's size and an export's are reconciled; what comes out is the only size that travels to the renderer.
     */
    public ExportOptions resolvedFor(Figure figure) {
        return new ExportOptions(width > 0 ? width : figure.width(), height > 0 ? height : figure.height(), scale);
    }
}
