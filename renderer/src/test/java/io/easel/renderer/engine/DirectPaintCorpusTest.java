package io.easel.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.jetbrains.letsPlot.datamodel.svg.dom.SvgSvgElement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.easel.protocol.Json;

/**
 * Every spec of the corpus painted both ways, the direct painter from Lets-Plot's DOM and JSVG from the published
 * SVG of the same layout, at scale 2 as a notebook shows it: the two pictures must agree within antialiasing noise,
 * or the painter must have declined the figure (then the engine uses JSVG, so the PNG is the JSVG one anyway).
 */
class DirectPaintCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/spec-corpus");
    /** A channel differing by more than this is a visible difference, not antialiasing rounding. */
    static final int VISIBLE = 32;
    /**
     * Sprite phases (at most 1/16 px) and premultiplied rounding move a few edge pixels a little; a wrong colour,
     * font, anchor, clip or position moves thousands of pixels a lot. The corpus measures at most 0.05 and 0.
     */
    static final double MAX_MEAN_ABSOLUTE = 0.1;
    static final double MAX_SHARE_VISIBLE = 0.0005;

    private final SvgDocumentLoader loader = new SvgDocumentLoader(ElementBudget.DEFAULT_MAX_ELEMENTS);

    static java.util.stream.Stream<String> specs() throws Exception {
        return SpecCorpusTest.specs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void theDirectPictureIsTheJsvgPicture(String name) throws Exception {
        Map<String, Object> spec = Json.withDefaults().readObject(Files.readAllBytes(CORPUS.resolve(name)), name);
        FigureSize size = FigureSize.checked(600, 400, RenderLimits.defaults());
        FigureSize.PixelSize pixels = size.pixels(2, RenderLimits.defaults());
        LaidOutFigure figure = LetsPlotSvg.layout(SpecSnapshot.of(spec), size);
        if (figure.dom().isEmpty()) {
            return; // a GGBunch: Lets-Plot gives text only, which JSVG paints
        }
        SvgSvgElement dom = figure.dom().get();
        BufferedImage jsvg = RasterPainter.paint(loader.load(figure.publishedSvg()), size, pixels, false);
        BufferedImage direct;
        try {
            direct = RasterPainter.paintDirect(dom, size, pixels, false, ElementBudget.DEFAULT_MAX_ELEMENTS);
        } catch (UnsupportedSvgException declined) {
            System.out.println(name + ": declined (" + declined.getMessage() + ")");
            return;
        }
        PixelDifference difference = PixelDifference.of(direct, jsvg, VISIBLE);
        System.out.println(name + ": " + difference);
        assertTrue(difference.meanAbsolute() <= MAX_MEAN_ABSOLUTE && difference.shareOver() <= MAX_SHARE_VISIBLE,
                name + ": the direct picture differs from JSVG's: " + difference);
    }
}
