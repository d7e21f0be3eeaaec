package io.easel.renderer.engine;

import io.easel.plot.FigureErrorKind;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;

/**
 * Renders Lets-Plot raw specs to every output format. Each call lays the spec out once, into Lets-Plot's SVG DOM,
 * and derives all requested outputs from that one layout: raster formats and the PDF painted from the DOM directly,
 * the SVG text written from it, EPS (and any figure the direct painter declines) drawn by JSVG from that text.
 * Thread-safe: several renders may run at once.
 */
public final class RenderEngine {
    private final RenderLimits limits;
    private final boolean directPainting;
    private final SvgDocumentLoader documents = new SvgDocumentLoader(ElementBudget.DEFAULT_MAX_ELEMENTS);

    public RenderEngine(RenderLimits limits) {
        this(limits, true);
    }

    /** @param directPainting false to paint raster formats through SVG text and JSVG (benchmarks compare the two) */
    RenderEngine(RenderLimits limits, boolean directPainting) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.directPainting = directPainting;
    }

    public RenderLimits limits() {
        return limits;
    }

    /**
     * Renders one Lets-Plot raw spec once to SVG and derives every requested output from that SVG.
     *
     * @param spec    a raw spec as JSON gives it (Map, List, String, Number, Boolean, null); data columns may
     *                also be double[]
     * @param width   CSS pixels, positive; the spec's ggsize is not consulted
     * @param height  CSS pixels, positive
     * @param outputs the outputs wanted, in the order the result lists them
     */
    public List<RenderedImage> render(Map<String, Object> spec, double width, double height,
                                      List<OutputRequest> outputs) throws RenderException {
        try {
            return renderOnce(spec, width, height, outputs);
        } catch (RenderException e) {
            throw e;
        } catch (RuntimeException e) {
            // A library fault the steps did not foresee: report it as ours, the renderer stays up.
            throw new RenderException(FigureErrorKind.INTERNAL, "The renderer failed on this figure: " + e, e);
        }
    }

    private List<RenderedImage> renderOnce(Map<String, Object> spec, double width, double height,
                                           List<OutputRequest> outputs) throws RenderException {
        long start = System.nanoTime();
        if (outputs == null || outputs.isEmpty()) {
            throw new RenderException(FigureErrorKind.UNSUPPORTED,
                    "No output format was requested. Ask for at least one of: " + Format.supportedExtensions() + ".");
        }
        Map<String, Object> snapshot = SpecSnapshot.of(spec);
        FigureSize size = FigureSize.checked(width, height, limits);
        for (OutputRequest output : outputs) {
            if (output == null) {
                throw new RenderException(FigureErrorKind.UNSUPPORTED, "An output request is missing (null).");
            }
            if (output.format().isRaster()) {
                size.pixels(output.scale(), limits);
            }
        }
        FigurePictures figure = new FigurePictures(PointCloudLayer.layout(snapshot, size), directPainting, documents);
        long layoutNanos = System.nanoTime() - start;

        RenderedImage[] results = new RenderedImage[outputs.size()];
        List<Integer> limited = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) {
            if (outputs.get(i).isLimitedVector()) {
                limited.add(i);
            } else {
                results[i] = timed(figure, size, outputs.get(i), layoutNanos);
            }
        }
        if (!limited.isEmpty()) {
            encodeLimited(figure, size, outputs, limited, results, layoutNanos);
        }
        return List.of(results);
    }

    /** Each output is charged the shared layout and its own work, so a single-output render reports all of it. */
    private RenderedImage timed(FigurePictures figure, FigureSize size, OutputRequest output, long layoutNanos)
            throws RenderException {
        long outputStart = System.nanoTime();
        RenderedImage image = encode(figure, size, output);
        return new RenderedImage(image.format(), image.bytes(), image.pixelWidth(), image.pixelHeight(),
                layoutNanos + System.nanoTime() - outputStart);
    }

    /**
     * The vector outputs with a size limit, kept or left out together ({@link OutputRequest#maxBytes()}): made
     * cheapest first (SVG, then PDF, then EPS), and as soon as one is over its limit, it and the ones made before
     * are left out with their sizes, the rest without being made. When the point cloud alone makes the SVG too
     * big, nothing is made at all.
     */
    private void encodeLimited(FigurePictures figure, FigureSize size, List<OutputRequest> outputs,
                               List<Integer> limited, RenderedImage[] results, long layoutNanos)
            throws RenderException {
        limited.sort(Comparator.comparingInt(i -> VECTOR_COST_ORDER.indexOf(outputs.get(i).format())));
        boolean over = false;
        for (int i : limited) {
            OutputRequest output = outputs.get(i);
            if (output.format() == Format.SVG && figure.minimumSvgBytes() > output.maxBytes()) {
                over = true;
                break;
            }
        }
        for (int i : limited) {
            OutputRequest output = outputs.get(i);
            if (!over) {
                results[i] = timed(figure, size, output, layoutNanos);
                over = results[i].bytes().length > output.maxBytes();
            }
            if (over) {
                break;
            }
        }
        if (!over) {
            return;
        }
        int cssWidth = (int) Math.round(size.width());
        int cssHeight = (int) Math.round(size.height());
        for (int i : limited) {
            RenderedImage made = results[i];
            results[i] = RenderedImage.leftOut(outputs.get(i).format(),
                    made == null ? RenderedImage.NOT_MADE : made.bytes().length, cssWidth, cssHeight,
                    made == null ? layoutNanos : made.renderNanos());
        }
    }

    /** Vector formats by the time they take for a big figure: SVG text, PDFBox's drawing, VectorGraphics2D's. */
    private static final List<Format> VECTOR_COST_ORDER = List.of(Format.SVG, Format.PDF, Format.EPS);

    private RenderedImage encode(FigurePictures figure, FigureSize size, OutputRequest output) throws RenderException {
        Format format = output.format();
        int cssWidth = (int) Math.round(size.width());
        int cssHeight = (int) Math.round(size.height());
        return switch (format) {
            case SVG -> new RenderedImage(format, figure.publishedSvg().getBytes(StandardCharsets.UTF_8),
                    cssWidth, cssHeight, 0);
            case PDF -> new RenderedImage(format, figure.pdf(size), cssWidth, cssHeight, 0);
            case EPS -> new RenderedImage(format, EpsWriter.write(figure.document(), size), cssWidth, cssHeight, 0);
            case PNG, JPEG, WEBP -> {
                RasterWriter writer = RasterWriter.forFormat(format);
                FigureSize.PixelSize pixels = size.pixels(output.scale(), limits);
                BufferedImage image = figure.raster(size, pixels, writer.isOpaque());
                yield new RenderedImage(format, writer.write(image, output.dpi()), pixels.width(), pixels.height(), 0);
            }
        };
    }
}
