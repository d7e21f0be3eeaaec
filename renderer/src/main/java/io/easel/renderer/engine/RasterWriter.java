package io.easel.renderer.engine;

import java.awt.image.BufferedImage;

import io.easel.plot.Format;

/** Encodes a painted pixel buffer into one raster format. */
abstract class RasterWriter {

    static RasterWriter forFormat(Format format) {
        return switch (format) {
            case PNG -> new PngWriter();
            case JPEG -> new JpegWriter();
            case WEBP -> new WebpWriter();
            default -> throw new IllegalArgumentException(format + " is not a raster format");
        };
    }

    /** True when the format has no alpha channel, so the painter must lay down a background. */
    boolean isOpaque() {
        return false;
    }

    /** @param dpi resolution to record in the file, or 0 to leave it out */
    abstract byte[] write(BufferedImage image, int dpi) throws RenderException;
}
