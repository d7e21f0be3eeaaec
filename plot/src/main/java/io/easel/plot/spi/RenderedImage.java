package io.easel.plot.spi;

import io.easel.plot.Format;

/**
 * One rendered output.
 *
 * @param pixelWidth  width in device pixels for raster formats, in CSS pixels (points) for vector formats
 * @param pixelHeight likewise for the height
 * @param renderNanos time the renderer spent producing this output, layout included
 */
public record RenderedImage(Format format, byte[] bytes, int pixelWidth, int pixelHeight, long renderNanos) {
}
