package io.easel.renderer.engine;

import io.easel.plot.FigureErrorKind;

import java.util.Map;

import org.jetbrains.letsPlot.awt.plot.PlotSvgExport;
import org.jetbrains.letsPlot.commons.geometry.DoubleVector;
import org.jetbrains.letsPlot.core.spec.FailureHandler;

/**
 * Lays a raw spec out with Lets-Plot and returns its SVG text. Lets-Plot 4.1.0 reports a spec it refuses by
 * throwing (RuntimeException "Unknown geom name: 'x'", IllegalArgumentException "Unknown figure spec kind"),
 * not by an error picture, so every exception from the layout step is the spec's fault and is reported with
 * Lets-Plot's own words.
 */
final class LetsPlotSvg {
    private LetsPlotSvg() {
    }

    static String render(Map<String, Object> spec, FigureSize size) throws RenderException {
        try {
            // The flag turns on CSS pixelated image-rendering for raster layers (geom_raster, imshow).
            String svg = PlotSvgExport.INSTANCE.buildSvgImageFromRawSpecs(spec,
                    new DoubleVector(size.width(), size.height()), true);
            if (svg == null || svg.isBlank()) {
                throw new RenderException(FigureErrorKind.BAD_SPEC,
                        "Lets-Plot produced no picture for this spec. Check that it has at least one layer with data.");
            }
            return svg;
        } catch (RenderException e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new RenderException(FigureErrorKind.BAD_SPEC,
                    "Lets-Plot ran out of stack laying this spec out; the spec is too deeply nested.", e);
        } catch (RuntimeException e) {
            throw new RenderException(FigureErrorKind.BAD_SPEC, "Lets-Plot refused the figure spec: "
                    + describe(e) + " Fix the spec (geom names, column names, option values) and render again.", e);
        }
    }

    /** Lets-Plot's own wording: its FailureHandler tells user errors from its internal ones, as its front ends do. */
    private static String describe(RuntimeException e) {
        String message;
        try {
            message = FailureHandler.INSTANCE.failureInfo(e).getMessage();
        } catch (RuntimeException ignored) {
            message = e.getMessage();
        }
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return message.endsWith(".") ? message : message + ".";
    }
}
