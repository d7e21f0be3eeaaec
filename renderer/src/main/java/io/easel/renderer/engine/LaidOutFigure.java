package io.easel.renderer.engine;

import java.util.Optional;

import org.jetbrains.letsPlot.awt.util.RGBEncoderAwt;
import org.jetbrains.letsPlot.datamodel.svg.dom.SvgSvgElement;
import org.jetbrains.letsPlot.datamodel.svg.util.SvgToString;

/**
 * One figure as Lets-Plot laid it out: its SVG DOM, and its SVG text made from that DOM only when an output needs
 * it (the SVG itself, or the JSVG path the painter falls back to). Not thread-safe; one render owns it.
 */
final class LaidOutFigure {
    private final SvgSvgElement dom;
    private String rawSvg;
    private String publishedSvg;
    private PointCloudNode pointCloud;

    private LaidOutFigure(SvgSvgElement dom, String rawSvg) {
        this.dom = dom;
        this.rawSvg = rawSvg;
    }

    static LaidOutFigure ofDom(SvgSvgElement dom) {
        return new LaidOutFigure(dom, null);
    }

    /** A figure Lets-Plot gives as text only (a GGBunch). */
    static LaidOutFigure ofText(String svg) {
        return new LaidOutFigure(null, svg);
    }

    /** Records the point cloud that {@link PointCloudLayer} put into the DOM. */
    void holdsPointCloud(PointCloudNode cloud) {
        this.pointCloud = cloud;
    }

    /** The fewest bytes the SVG text can have, as far as known before writing it: its point cloud's markers. */
    long minimumSvgBytes() {
        return pointCloud == null ? 0 : pointCloud.minimumSvgBytes();
    }

    /** The DOM, for the direct painter; empty for a figure that has text only. */
    Optional<SvgSvgElement> dom() {
        return Optional.ofNullable(dom);
    }

    /** The SVG text exactly as PlotSvgExport writes it: random ids, hrefs as Lets-Plot made them. */
    String rawSvg() {
        if (rawSvg == null) {
            // as PlotSvgExport does: the AWT encoder for raster layers, CSS pixelated image-rendering
            rawSvg = new SvgToString(new RGBEncoderAwt(), true).render(dom);
        }
        return rawSvg;
    }

    /** The SVG output: stable ids, external references removed, CSS checked ({@link PublishedSvg}). */
    String publishedSvg() throws RenderException {
        if (publishedSvg == null) {
            publishedSvg = PublishedSvg.clean(DeterministicIds.rewrite(rawSvg()));
        }
        return publishedSvg;
    }
}
