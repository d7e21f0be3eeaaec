package io.easel.display;

import io.easel.plot.Format;
import io.easel.plot.spi.RenderedImage;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One figure as Jupyter display data: every rendered format under its MIME type, and {@code text/plain} with the
 * figure's description for clients that show no images.
 *
 * <p>Raster images carry their size in CSS pixels as metadata, so a PNG rendered at scale 2 shows at the figure's
 * size, sharp on HiDPI screens, instead of twice as large. An SVG larger than the limit is left out, with a note in
 * the text: a notebook carrying megabytes of SVG per figure becomes slow to open and to save.
 */
final class FigureBundle {

    private final String description;
    private final List<RenderedImage> images;
    private final double rasterScale;
    private final long maxSvgBytes;

    /**
     * @param rasterScale the scale every raster image was rendered at
     * @param maxSvgBytes the largest SVG kept in the bundle
     */
    FigureBundle(String description, List<RenderedImage> images, double rasterScale, long maxSvgBytes) {
        this.description = description;
        this.images = List.copyOf(images);
        this.rasterScale = rasterScale;
        this.maxSvgBytes = maxSvgBytes;
    }

    /** Puts the bundle into {@code out}, replacing any text it held. */
    void writeTo(DisplayData out) {
        StringBuilder text = new StringBuilder(description);
        for (RenderedImage image : images) {
            Format format = image.format();
            if (format == Format.SVG) {
                if (image.bytes().length > maxSvgBytes) {
                    text.append("\n(SVG left out of the notebook: ").append(ByteSize.format(image.bytes().length))
                            .append(" is over the ").append(ByteSize.format(maxSvgBytes))
                            .append(" limit. Raise it with %figures max-svg=").append(ByteSize.compact(
                                    nextLimitAbove(image.bytes().length)))
                            .append(", or write the file with %export figure.svg.)");
                    continue;
                }
                out.putData(format.mimeType(), new String(image.bytes(), StandardCharsets.UTF_8));
            } else {
                out.putData(format.mimeType(), Base64.getEncoder().encodeToString(image.bytes()));
                if (format.isRaster()) {
                    out.putMetaData(format.mimeType(), cssSize(image));
                }
            }
        }
        out.putText(text.toString());
    }

    private Map<String, Object> cssSize(RenderedImage image) {
        Map<String, Object> size = new LinkedHashMap<>();
        size.put("width", cssPixels(image.pixelWidth()));
        size.put("height", cssPixels(image.pixelHeight()));
        return size;
    }

    private Number cssPixels(int devicePixels) {
        double css = devicePixels / rasterScale;
        return css == Math.rint(css) ? (Number) (long) css : (Number) css;
    }

    /** A round limit that would have let this SVG in: the next whole megabyte. */
    private static long nextLimitAbove(long bytes) {
        long mb = 1024 * 1024;
        return (bytes / mb + 1) * mb;
    }
}
