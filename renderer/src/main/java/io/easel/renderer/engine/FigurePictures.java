package io.easel.renderer.engine;

import java.awt.image.BufferedImage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.weisj.jsvg.SVGDocument;

/**
 * The pictures of one render's figure, all from its one layout: rasters and the PDF from the direct painter while
 * it takes the figure, else (and for EPS) from a JSVG document of the published SVG, loaded once. The first time the
 * painter declines the figure it is not asked again for the render's other rasters. One render owns an instance.
 */
final class FigurePictures {
    private static final Logger LOG = LoggerFactory.getLogger(FigurePictures.class);

    private final LaidOutFigure laidOut;
    private final SvgDocumentLoader documents;
    private boolean direct;
    private SVGDocument document;

    /** @param direct whether to try the direct painter at all */
    FigurePictures(LaidOutFigure laidOut, boolean direct, SvgDocumentLoader documents) {
        this.laidOut = laidOut;
        this.documents = documents;
        this.direct = direct && laidOut.dom().isPresent();
    }

    String publishedSvg() throws RenderException {
        return laidOut.publishedSvg();
    }

    /** See {@link LaidOutFigure#minimumSvgBytes()}. */
    long minimumSvgBytes() {
        return laidOut.minimumSvgBytes();
    }

    /** Whether the next raster will come from the direct painter. */
    boolean paintsDirectly() {
        return direct;
    }

    BufferedImage raster(FigureSize size, FigureSize.PixelSize pixels, boolean opaque) throws RenderException {
        if (direct) {
            try {
                return RasterPainter.paintDirect(laidOut.dom().orElseThrow(), size, pixels, opaque,
                        ElementBudget.DEFAULT_MAX_ELEMENTS);
            } catch (UnsupportedSvgException e) {
                LOG.debug("The direct painter does not draw {}; painting this figure through JSVG.", e.getMessage());
                direct = false;
            }
        }
        return RasterPainter.paint(document(), size, pixels, opaque);
    }

    byte[] pdf(FigureSize size) throws RenderException {
        if (direct) {
            try {
                return PdfWriter.writeDirect(laidOut.dom().orElseThrow(), size, ElementBudget.DEFAULT_MAX_ELEMENTS);
            } catch (UnsupportedSvgException e) {
                LOG.debug("The direct painter does not draw {}; painting this figure through JSVG.", e.getMessage());
                direct = false;
            }
        }
        return PdfWriter.write(document(), size);
    }

    SVGDocument document() throws RenderException {
        if (document == null) {
            document = documents.load(laidOut.publishedSvg());
        }
        return document;
    }
}
