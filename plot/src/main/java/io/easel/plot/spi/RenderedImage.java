package io.easel.plot.spi;

import io.easel.plot.Format;

/**
 * One rendered output.
 *
 * @param pixelWidth   width in device pixels for raster formats, in CSS pixels (points) for vector formats
 * @param pixelHeight  likewise for the height
 * @param renderNanos  time the renderer spent producing this output, layout included
 * @param leftOutBytes 0 for an output that is here. For one the renderer left out because a vector output of the
 *                     request came out over its limit ({@link OutputRequest#maxBytes()}): no bytes, and this
 *                     output's size when it was made, or {@link #NOT_MADE} when it was left out before it was made
 */
public record RenderedImage(Format format, byte[] bytes, int pixelWidth, int pixelHeight, long renderNanos,
                            long leftOutBytes) {
    /** {@link #leftOutBytes()} of an output left out before it was made (its size is not known). */
    public static final long NOT_MADE = -1;

    public RenderedImage(Format format, byte[] bytes, int pixelWidth, int pixelHeight, long renderNanos) {
        this(format, bytes, pixelWidth, pixelHeight, renderNanos, 0);
    }

    /** An output left out over the request's vector limit: its size in bytes, or {@link #NOT_MADE}. */
    public static RenderedImage leftOut(Format format, long sizeBytes, int pixelWidth, int pixelHeight,
                                        long renderNanos) {
        if (sizeBytes == 0 || sizeBytes < NOT_MADE) {
            throw new IllegalArgumentException("a left-out output's size is positive or NOT_MADE, got " + sizeBytes);
        }
        return new RenderedImage(format, new byte[0], pixelWidth, pixelHeight, renderNanos, sizeBytes);
    }

    /** Whether the renderer left this output out (over its request's vector limit): it has no bytes then. */
    public boolean isLeftOut() {
        return leftOutBytes != 0;
    }
}
