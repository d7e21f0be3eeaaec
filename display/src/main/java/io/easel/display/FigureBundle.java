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
 * size, sharp on HiDPI screens, instead of twice as large. When the SVG or the PDF is larger than the limit, both
 * are left out, with a note in the text: a notebook carrying megabytes of vector data per figure becomes slow to open
 * and to save, and nbconvert's PDF then takes the PNG, which stays small whatever the number of points.
 */
final class FigureBundle {

    private final String description;
    private final List<RenderedImage> images;
    private final double rasterScale;
    private final long maxVectorBytes;

    /**
     * @param rasterScale    the scale every raster image was rendered at
     * @param maxVectorBytes the largest SVG or PDF kept in the bundle
     */
    FigureBundle(String description, List<RenderedImage> images, double rasterScale, long maxVectorBytes) {
        this.description = description;
        this.images = List.copyOf(images);
        this.rasterScale = rasterScale;
        this.maxVectorBytes = maxVectorBytes;
    }

    /** Puts the bundle into {@code out}, replacing any text it held. */
    void writeTo(DisplayData out) {
        StringBuilder text = new StringBuilder(description);
        RenderedImage oversized = largestOversizedVector();
        if (oversized != null) {
            long bytes = size(oversized);
            text.append("\n(SVG and PDF left out of the notebook: the ").append(oversized.format().name());
            if (bytes > 0) {
                text.append(" is ").append(ByteSize.format(bytes)).append(", over the ");
            } else {
                text.append(" would be over the "); // the renderer knew before making it
            }
            text.append(ByteSize.format(maxVectorBytes)).append(" limit; the PNG stands in, also in nbconvert's"
                            + " PDF. Raise it with %figures max-svg=")
                    .append(bytes > 0 ? ByteSize.compact(nextLimitAbove(bytes)) : "none")
                    .append(", or write the files with %export figure.svg figure.pdf.)");
        }
        for (RenderedImage image : images) {
            Format format = image.format();
            if (isVector(format) && oversized != null) {
                continue;
            }
            if (format == Format.SVG) {
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

    static boolean isVector(Format format) {
        return format == Format.SVG || format == Format.PDF;
    }

    /** An output's size in bytes: what it has, or what it had when the renderer left it out (0: never made). */
    private static long size(RenderedImage image) {
        return image.isLeftOut() ? Math.max(0, image.leftOutBytes()) : image.bytes().length;
    }

    /**
     * The largest SVG or PDF over the limit (one the renderer left out counts as over), or null when every vector
     * output fits.
     */
    private RenderedImage largestOversizedVector() {
        RenderedImage largest = null;
        for (RenderedImage image : images) {
            if (isVector(image.format()) && (image.isLeftOut() || image.bytes().length > maxVectorBytes)
                    && (largest == null || size(image) > size(largest))) {
                largest = image;
            }
        }
        return largest;
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

    /** A round limit that would have let this output in: the next whole megabyte. */
    private static long nextLimitAbove(long bytes) {
        long mb = 1024 * 1024;
        return (bytes / mb + 1) * mb;
    }
}
