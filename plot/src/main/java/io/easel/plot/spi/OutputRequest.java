package io.easel.plot.spi;

import io.easel.plot.Format;

import java.util.Objects;

/**
 * One output asked of a render: several outputs of one spec share one layout pass.
 *
 * @param format the output format
 * @param scale  pixel multiplier for raster formats (2 gives HiDPI); ignored by vector formats
 * @param dpi    resolution written into raster metadata (PNG pHYs, JPEG JFIF); 0 leaves it out
 */
public record OutputRequest(Format format, double scale, int dpi) {
    public OutputRequest {
        Objects.requireNonNull(format, "format");
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number, got " + scale);
        }
        if (dpi < 0) {
            throw new IllegalArgumentException("dpi must not be negative, got " + dpi);
        }
    }

    public static OutputRequest of(Format format) {
        return new OutputRequest(format, 1.0, 0);
    }

    public static OutputRequest of(Format format, double scale) {
        return new OutputRequest(format, scale, 0);
    }

    /** The format at the raster scale if it is a pixel format, else at 1, which is what vector formats get anyway. */
    public static OutputRequest atRasterScale(Format format, double rasterScale) {
        return new OutputRequest(format, format.isRaster() ? rasterScale : 1.0, 0);
    }
}
