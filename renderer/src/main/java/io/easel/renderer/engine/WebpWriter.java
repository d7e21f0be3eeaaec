package io.easel.renderer.engine;

import java.util.Locale;

import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;

import io.easel.plot.Format;

/**
 * Lossless WebP through webp-imageio (bundled libwebp). Lossless because plots are flat colour and hairlines,
 * where lossy WebP rings and is rarely smaller. WebP has no resolution field outside EXIF, so dpi is not written.
 */
final class WebpWriter extends ImageIoRasterWriter {
    WebpWriter() {
        super(Format.WEBP, "webp");
    }

    @Override
    ImageWriteParam parameters(ImageWriter writer) {
        ImageWriteParam parameters = writer.getDefaultWriteParam();
        String[] types = parameters.getCompressionTypes();
        if (types != null) {
            for (String type : types) {
                if (type.toLowerCase(Locale.ROOT).contains("lossless")) {
                    parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    parameters.setCompressionType(type);
                }
            }
        }
        return parameters;
    }

    @Override
    void addResolution(IIOMetadata metadata, int dpi) {
        // No standard place for it; see the class comment.
    }
}
