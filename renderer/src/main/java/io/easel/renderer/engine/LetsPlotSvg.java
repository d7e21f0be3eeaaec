package io.easel.renderer.engine;

import io.easel.plot.FigureErrorKind;

import java.util.List;
import java.util.Map;

import org.jetbrains.letsPlot.awt.plot.PlotSvgExport;
import org.jetbrains.letsPlot.commons.geometry.DoubleVector;
import org.jetbrains.letsPlot.core.plot.builder.FigureBuildInfo;
import org.jetbrains.letsPlot.core.spec.FailureHandler;
import org.jetbrains.letsPlot.core.spec.FigKind;
import org.jetbrains.letsPlot.core.spec.config.PlotConfig;
import org.jetbrains.letsPlot.core.util.FigureToPlainSvg;
import org.jetbrains.letsPlot.core.util.MonolithicCommon;
import org.jetbrains.letsPlot.datamodel.svg.dom.SvgSvgElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lays a raw spec out with Lets-Plot, once, into its SVG DOM ({@link LaidOutFigure}). Lets-Plot 4.1.0 reports a
 * spec it refuses by throwing (RuntimeException "Unknown geom name: 'x'", IllegalArgumentException "Unknown figure
 * spec kind"), not by an error picture, so every exception from the layout step is the spec's fault and is reported
 * with Lets-Plot's own words.
 *
 * <p>The steps are those of {@code PlotSvgExport.buildSvgImageFromRawSpecs} (MonolithicCommon: process the raw
 * spec, build the plot, FigureToPlainSvg) without its last one, SvgToString, so the raster outputs can paint the DOM
 * and only an SVG output pays for the text. A GGBunch is the exception: Lets-Plot joins its plots by editing their
 * SVG texts, so a bunch is laid out through PlotSvgExport itself and has text only.
 */
final class LetsPlotSvg {
    private static final Logger LOG = LoggerFactory.getLogger(LetsPlotSvg.class);

    private LetsPlotSvg() {
    }

    /** The figure's SVG text as Lets-Plot writes it (random ids, not yet published). */
    static String render(Map<String, Object> spec, FigureSize size) throws RenderException {
        return layout(spec, size).rawSvg();
    }

    static LaidOutFigure layout(Map<String, Object> spec, FigureSize size) throws RenderException {
        DoubleVector plotSize = new DoubleVector(size.width(), size.height());
        try {
            if (PlotConfig.Companion.figSpecKind(spec) == FigKind.GG_BUNCH_SPEC) {
                // The flag turns on CSS pixelated image-rendering for raster layers (geom_raster, imshow).
                String svg = PlotSvgExport.INSTANCE.buildSvgImageFromRawSpecs(spec, plotSize, true);
                if (svg == null || svg.isBlank()) {
                    throw noPicture();
                }
                return LaidOutFigure.ofText(svg);
            }
            Map<String, Object> processed = MonolithicCommon.INSTANCE.processRawSpecs(spec, false);
            MonolithicCommon.PlotsBuildResult built =
                    MonolithicCommon.INSTANCE.buildPlotsFromProcessedSpecs(processed, plotSize, null, null);
            if (built instanceof MonolithicCommon.PlotsBuildResult.Error error) {
                throw new RuntimeException(error.getError()); // as MonolithicCommon throws it
            }
            List<FigureBuildInfo> figures = ((MonolithicCommon.PlotsBuildResult.Success) built).getBuildInfos();
            if (figures.size() != 1) {
                throw noPicture();
            }
            FigureBuildInfo figure = figures.get(0);
            for (String message : figure.getComputationMessages()) {
                LOG.info("[when laying the figure out] {}", message);
            }
            SvgSvgElement root = new FigureToPlainSvg(figure).eval();
            return LaidOutFigure.ofDom(root);
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

    private static RenderException noPicture() {
        return new RenderException(FigureErrorKind.BAD_SPEC,
                "Lets-Plot produced no picture for this spec. Check that it has at least one layer with data.");
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
