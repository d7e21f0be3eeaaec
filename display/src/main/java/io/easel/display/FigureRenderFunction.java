package io.easel.display;

import io.easel.plot.ExportOptions;
import io.easel.plot.Figure;
import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;

import org.dflib.jjava.jupyter.kernel.display.RenderContext;
import org.dflib.jjava.jupyter.kernel.display.RenderFunction;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Renders a {@link Figure} for the notebook: a cell's value, {@code display(fig)} and {@code updateDisplay(id, fig)}
 * all come here. All formats of one bundle go to the renderer in one request, so the figure is laid out once.
 *
 * <p>A plain render (the kernel's, and {@code display(fig)}) asks for every type; then the bundle is the one
 * {@code %figures} sets. {@code display(fig, "image/png")} names types; then exactly those inline formats are
 * rendered.
 */
final class FigureRenderFunction implements RenderFunction<Figure> {

    /** No one names this type, so only a request for every type resolves it. */
    private static final MIMEType UNNAMED_TYPE = MIMEType.parse("application/x-easel-unnamed");

    private final FigureImageSource images;
    private final AtomicReference<FigureSettings> settings;
    private final LastFigure lastFigure;

    FigureRenderFunction(FigureImageSource images, AtomicReference<FigureSettings> settings, LastFigure lastFigure) {
        this.images = images;
        this.settings = settings;
        this.lastFigure = lastFigure;
    }

    @Override
    public void render(Figure figure, RenderContext context) {
        FigureSettings current = settings.get();
        List<Format> formats = requestedFormats(context, current);
        if (formats.isEmpty()) {
            context.getOutputContainer().putText(figure.describe());
            return;
        }
        List<OutputRequest> outputs = new ArrayList<>();
        for (Format format : formats) {
            OutputRequest output = OutputRequest.atRasterScale(format, current.scale());
            // the renderer leaves out an SVG or PDF the bundle would drop, and then does not make the other one
            outputs.add(FigureBundle.isVector(format) && current.maxSvgBytes() != FigureSettings.NO_SVG_LIMIT
                    ? output.withMaxBytes(current.maxSvgBytes()) : output);
        }
        ExportOptions size = new ExportOptions(current.width(), current.height(), current.scale()).resolvedFor(figure);
        List<RenderedImage> rendered = images.render(figure.toSpec(), size.width(), size.height(), outputs);
        new FigureBundle(figure.describe(), rendered, current.scale(), current.maxSvgBytes())
                .writeTo(context.getOutputContainer());
        lastFigure.shown(figure);
    }

    static List<Format> requestedFormats(RenderContext context, FigureSettings settings) {
        if (context.wantsDataRenderedAs(UNNAMED_TYPE)) {
            return settings.formats();
        }
        List<Format> named = new ArrayList<>();
        for (Format format : Format.values()) {
            if (FigureSettings.INLINE_FORMATS.contains(format)
                    && context.wantsDataRenderedAs(MIMEType.parse(format.mimeType()))) {
                named.add(format);
            }
        }
        return named;
    }

    /** Makes {@code renderer} show figures through this function. */
    void registerWith(Renderer renderer) {
        renderer.createRegistration(Figure.class)
                .supporting(FigureSettings.INLINE_FORMATS.stream().map(Format::mimeType).toArray(String[]::new))
                // a plain render then asks for every type, which requestedFormats reads as "the %figures bundle"
                .preferring(MIMEType.ANY)
                .register(this);
    }
}
