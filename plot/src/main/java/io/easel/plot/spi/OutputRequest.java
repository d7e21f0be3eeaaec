package io.easel.plot.spi;

import io.easel.plot.Format;

import java.util.Objects;

/**
 * One output asked of a render: several outputs of one spec share one layout pass.
 *
 * @param format   the output format
 * @param scale    pixel multiplier for raster formats (2 gives HiDPI); ignored by vector formats
 * @param dpi      resolution written into raster metadata (PNG pHYs, JPEG JFIF); 0 leaves it out
 * @param maxBytes for a vector format (SVG, PDF, EPS): the largest output wanted, 0 for no limit; raster formats
 *                 ignore it. The vector outputs of one request that name a limit are kept or left out together:
 *                 when one of them is larger than its limit, the renderer leaves all of them out
 *                 ({@link RenderedImage#isLeftOut()}), and does not make those it has not made yet. A notebook's
 *                 bundle wants exactly that: a 100k-point scatter's PDF takes seconds to draw, only to be dropped
 *                 beside an SVG too big to keep.
 */
public record OutputRequest(Format format, double scale, int dpi, long maxBytes) {
    public OutputRequest {
        Objects.requireNonNull(format, "format");
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number, got " + scale);
        }
        if (dpi < 0) {
            throw new IllegalArgumentException("dpi must not be negative, got " + dpi);
        }
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative (0: no limit), got " + maxBytes);
        }
    }

    public OutputRequest(Format format, double scale, int dpi) {
        this(format, scale, dpi, 0);
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

    /** This output, left out (with the request's other limited vector outputs) when larger than maxBytes. */
    public OutputRequest withMaxBytes(long maxBytes) {
        return new OutputRequest(format, scale, dpi, maxBytes);
    }

    /** Whether this is a vector output with a size limit. */
    public boolean isLimitedVector() {
        return maxBytes > 0 && !format.isRaster();
    }
}
