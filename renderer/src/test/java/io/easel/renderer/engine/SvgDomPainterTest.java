package io.easel.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Random;

import org.jetbrains.letsPlot.commons.values.Color;
import org.jetbrains.letsPlot.datamodel.svg.dom.SvgClipPathElement;
import org.jetbrains.letsPlot.datamodel.svg.dom.SvgDefsElement;
import org.jetbrains.letsPlot.datamodel.svg.dom.SvgElement;
import org.jetbrains.letsPlot.datamodel.svg.dom.SvgGElement;
import org.jetbrains.letsPlot.datamodel.svg.dom.SvgImageElement;
import org.jetbrains.letsPlot.datamodel.svg.dom.SvgLineElement;
import org.jetbrains.letsPlot.datamodel.svg.dom.SvgPathElement;
import org.jetbrains.letsPlot.datamodel.svg.dom.SvgRectElement;
import org.jetbrains.letsPlot.datamodel.svg.dom.SvgStyleElement;
import org.jetbrains.letsPlot.datamodel.svg.dom.SvgSvgElement;
import org.jetbrains.letsPlot.datamodel.svg.dom.SvgTSpanElement;
import org.jetbrains.letsPlot.datamodel.svg.dom.SvgTextElement;
import org.jetbrains.letsPlot.datamodel.svg.dom.slim.SvgSlimElements;
import org.jetbrains.letsPlot.datamodel.svg.dom.slim.SvgSlimGroup;
import org.jetbrains.letsPlot.datamodel.svg.dom.slim.SvgSlimShape;
import org.junit.jupiter.api.Test;

import io.easel.plot.FigureErrorKind;

/**
 * The direct painter's pieces, each on a small DOM built with Lets-Plot's own classes and compared with what the
 * JSVG path paints from the same DOM's SVG text (the reference the engine used before), plus the refusals that send
 * a figure back to that path.
 */
class SvgDomPainterTest {
    private static final FigureSize SIZE = new FigureSize(200, 120);
    private static final FigureSize.PixelSize PIXELS = new FigureSize.PixelSize(400, 240);
    private static final int MAX = ElementBudget.DEFAULT_MAX_ELEMENTS;

    private final SvgDocumentLoader loader = new SvgDocumentLoader(MAX);

    private static SvgSvgElement root() {
        SvgSvgElement svg = new SvgSvgElement(SIZE.width(), SIZE.height());
        svg.setAttribute("class", "plt-container");
        return svg;
    }

    private static <E extends SvgElement> E with(E element, String... attributes) {
        for (int i = 0; i < attributes.length; i += 2) {
            element.setAttribute(attributes[i], attributes[i + 1]);
        }
        return element;
    }

    private BufferedImage direct(SvgSvgElement dom) throws Exception {
        return RasterPainter.paintDirect(dom, SIZE, PIXELS, false, MAX);
    }

    private BufferedImage jsvg(SvgSvgElement dom) throws Exception {
        return RasterPainter.paint(loader.load(LaidOutFigure.ofDom(dom).publishedSvg()), SIZE, PIXELS, false);
    }

    /** Both paths, compared; the direct picture returned for further checks. */
    private BufferedImage assertSameAsJsvg(SvgSvgElement dom, double maxMean) throws Exception {
        BufferedImage direct = direct(dom);
        PixelDifference difference = PixelDifference.of(direct, jsvg(dom), DirectPaintCorpusTest.VISIBLE);
        assertTrue(difference.meanAbsolute() <= maxMean && difference.shareOver() <= 0.001,
                "direct and JSVG pictures differ: " + difference);
        return direct;
    }

    private static int alphaAt(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }

    @Test
    void transformsNestAsSvgSays() throws Exception {
        SvgSvgElement dom = root();
        SvgGElement outer = with(new SvgGElement(), "transform", "translate(100.0 60.0 ) ");
        SvgGElement rotated = with(new SvgGElement(), "transform", "rotate(-90.0) scale(1.5)");
        rotated.children().add(with(new SvgRectElement(0, 0, 30, 10), "fill", "rgb(17,142,216)"));
        outer.children().add(rotated);
        dom.children().add(outer);
        BufferedImage image = assertSameAsJsvg(dom, 0.05);
        // rotated by -90 degrees: the 45 x 15 rectangle now runs upwards from (100, 60)
        assertTrue(alphaAt(image, 2 * 105, 2 * 40) == 255, "the rotated rectangle is not above its origin");
        assertEquals(0, alphaAt(image, 2 * 130, 2 * 65), "the rectangle was drawn unrotated");
        assertEquals(new AffineTransform(0, -1, 1, 0, 5, 6), SvgTransforms.parse("translate(5 6) rotate(-90)"));
        assertEquals(null, SvgTransforms.parse(" "));
        assertThrows(UnsupportedSvgException.class, () -> SvgTransforms.parse("perspective(3)"));
    }

    @Test
    void clipPathsCutWhatTheyFrame() throws Exception {
        SvgSvgElement dom = root();
        SvgDefsElement defs = new SvgDefsElement();
        SvgClipPathElement clip = with(new SvgClipPathElement(), "id", "c1");
        clip.children().add(new SvgRectElement(20, 20, 60.5, 40.25));
        defs.children().add(clip);
        dom.children().add(defs);
        SvgGElement clipped = with(new SvgGElement(), "clip-path", "url(#c1)", "clip-bounds-jfx", "[rect (20, 20)]");
        clipped.children().add(with(new SvgRectElement(0, 0, 200, 120), "fill", "#474747"));
        dom.children().add(clipped);
        BufferedImage image = assertSameAsJsvg(dom, 0.05);
        assertEquals(255, alphaAt(image, 2 * 50, 2 * 40));
        assertEquals(0, alphaAt(image, 2 * 10, 2 * 10), "painted outside the clip path");
        assertEquals(0, alphaAt(image, 2 * 90, 2 * 40), "painted outside the clip path");
    }

    @Test
    void textIsStyledByScopedCssAndAnchored() throws Exception {
        SvgSvgElement dom = root();
        dom.children().add(new SvgStyleElement(() -> ".plt-container { font-family: Lucida Grande, sans-serif; }\n"
                + "#p1 .label { fill: #ff0000; font-size: 20.0px; font-weight: bold; }\n"
                + "#p1 .quiet { fill: #0000ff; font-size: 12.0px; font-style: italic; }"));
        SvgGElement plot = with(new SvgGElement(), "id", "p1");
        plot.children().add(with(new SvgTextElement(100, 30, "Start"), "class", "label"));
        plot.children().add(with(new SvgTextElement(100, 60, "Middle"), "class", "label", "text-anchor", "middle",
                "dy", "0.35em"));
        plot.children().add(with(new SvgTextElement(100, 90, "End"), "class", "label", "text-anchor", "end"));
        SvgTextElement mixed = with(new SvgTextElement(), "x", "10", "y", "110", "class", "quiet");
        mixed.addTSpan(with(new SvgTSpanElement("plain "), "fill", "#00aa00"));
        mixed.addTSpan(new SvgTSpanElement("and  spaced"));
        plot.children().add(mixed);
        dom.children().add(plot);
        BufferedImage image = assertSameAsJsvg(dom, 0.2);
        boolean redRightOfStart = false;
        boolean redLeftOfEnd = false;
        for (int x = 0; x < 400; x++) {
            for (int y = 2 * 15; y < 2 * 32; y++) {
                redRightOfStart |= x > 200 && isRed(image.getRGB(x, y));
            }
            for (int y = 2 * 75; y < 2 * 92; y++) {
                redLeftOfEnd |= x < 200 && isRed(image.getRGB(x, y));
            }
        }
        assertTrue(redRightOfStart, "start-anchored text does not start at x (or the CSS fill was not applied)");
        assertTrue(redLeftOfEnd, "end-anchored text does not end at x");
    }

    private static boolean isRed(int argb) {
        return (argb >>> 24) > 200 && ((argb >> 16) & 0xFF) > 200 && ((argb >> 8) & 0xFF) < 60;
    }

    @Test
    void dashesAndOpacityMatch() throws Exception {
        SvgSvgElement dom = root();
        dom.children().add(with(new SvgLineElement(10, 20, 190, 20), "stroke", "rgb(71,71,71)", "stroke-width",
                "1.65", "stroke-dasharray", "7.095,7.095"));
        dom.children().add(with(new SvgPathElement(), "d", "M10.0 40.0 L60.0 100.0 L110.0 40.0 Z", "fill",
                "#118ed8", "fill-opacity", "0.5", "stroke", "#000000", "stroke-width", "2.0"));
        SvgGElement faded = with(new SvgGElement(), "opacity", "0.5");
        faded.children().add(with(new SvgRectElement(120, 40, 60, 60), "fill", "#ff0000", "fill-opacity", "0.6"));
        dom.children().add(faded);
        BufferedImage image = assertSameAsJsvg(dom, 0.05);
        // opacity 0.5 times fill-opacity 0.6
        assertEquals(77, alphaAt(image, 2 * 150, 2 * 70), 2);
        int dashed = 0;
        for (int x = 20; x < 380; x++) {
            dashed += alphaAt(image, x, 40) > 128 ? 1 : 0;
        }
        assertTrue(dashed > 120 && dashed < 240, "the line is not dashed: " + dashed + " of 360 pixels inked");
    }

    @Test
    void stampedMarkersLookLikeDrawnOnes() throws Exception {
        SvgSvgElement dom = root();
        SvgGElement points = new SvgGElement();
        points.setPrebuiltSubtree(true);
        SvgSlimGroup group = SvgSlimElements.INSTANCE.g(2000);
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            SvgSlimShape circle = SvgSlimElements.INSTANCE.circle(random.nextDouble() * 200, random.nextDouble() * 120,
                    3.3);
            circle.setFill(new Color(71, 71, 71, 255), i % 2 == 0 ? 1.0 : 0.5);
            circle.setStroke(new Color(200, 20, 20, 255), 1.0);
            circle.setStrokeWidth(i % 3 == 0 ? 0.0 : 0.75);
            circle.appendTo(group);
        }
        points.children().add(group.asDummySvgNode());
        dom.children().add(points);

        BufferedImage stamped = direct(dom);
        BufferedImage drawn = new BufferedImage(PIXELS.width(), PIXELS.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = drawn.createGraphics();
        JsvgPainting.setQualityHints(g);
        g.scale(2, 2);
        SvgDomPainter.paint(dom, SIZE, g, SvgDomPainter.TextMode.OUTLINES, false, null, MAX);
        g.dispose();
        // 2,000 overlapping markers make nearly every pixel an edge pixel; a stamp is at most 1/16 px off, which
        // moves an edge pixel's coverage by at most 1/16 (16 of 255) per edge crossing it
        PixelDifference difference = PixelDifference.of(stamped, drawn, 32);
        assertTrue(difference.meanAbsolute() < 1.0 && difference.shareOver() < 0.001,
                "sprites differ from drawn circles: " + difference);
        assertTrue(difference.meanAbsolute() > 0, "the markers were not stamped (no phase rounding at all)");
        assertSameAsJsvg(dom, 1.0);
    }

    @Test
    void spritesAreCachedPerMarkerAndPhase() {
        BufferedImage target = new BufferedImage(50, 50, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = target.createGraphics();
        MarkerSprites sprites = new MarkerSprites(g);
        AffineTransform device = AffineTransform.getScaleInstance(2, 2);
        java.awt.Color fill = new java.awt.Color(10, 20, 30);
        for (int i = 0; i < 10; i++) {
            assertTrue(sprites.stampCircle(g, device, 10 + i, 10, 3, fill, null, 0));
        }
        assertEquals(1, sprites.size(), "one marker at whole-pixel positions is one sprite");
        sprites.stampCircle(g, device, 10.0625, 10, 3, fill, null, 0);
        assertEquals(2, sprites.size(), "an eighth of a pixel is another phase");
        g.dispose();
        assertFalse(MarkerSprites.canStamp(AffineTransform.getRotateInstance(0.3)));
        assertFalse(MarkerSprites.canStamp(AffineTransform.getScaleInstance(2, 3)));
        assertTrue(MarkerSprites.canStamp(new AffineTransform(2, 0, 0, 2, 5.5, 7)));
    }

    @Test
    void onlyEmbeddedImagesAreDrawn() throws Exception {
        SvgSvgElement dom = root();
        // a 1 x 1 red PNG
        String red = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";
        dom.children().add(with(new SvgImageElement(10, 10, 40, 40), "href", red, "preserveAspectRatio", "none"));
        dom.children().add(with(new SvgImageElement(100, 10, 40, 40), "href", "http://evil.example/x.png",
                "preserveAspectRatio", "none"));
        BufferedImage image = assertSameAsJsvg(dom, 0.05);
        assertTrue(isRed(image.getRGB(2 * 30, 2 * 30)), "the embedded image is missing");
        assertEquals(0, alphaAt(image, 2 * 120, 2 * 30), "an external image was drawn");
    }

    @Test
    void whatThePainterDoesNotKnowIsRefused() {
        SvgSvgElement filtered = root();
        filtered.children().add(with(new SvgRectElement(0, 0, 10, 10), "filter", "url(#blur)"));
        assertThrows(UnsupportedSvgException.class, () -> direct(filtered));

        SvgSvgElement gradient = root();
        gradient.children().add(with(new SvgRectElement(0, 0, 10, 10), "fill", "url(#g)"));
        assertThrows(UnsupportedSvgException.class, () -> direct(gradient));

        SvgSvgElement missingClip = root();
        missingClip.children().add(with(new SvgGElement(), "clip-path", "url(#nowhere)"));
        assertThrows(UnsupportedSvgException.class, () -> direct(missingClip));

        SvgSvgElement rounded = root();
        rounded.children().add(with(new SvgRectElement(0, 0, 10, 10), "rx", "3"));
        assertThrows(UnsupportedSvgException.class, () -> direct(rounded));

        SvgSvgElement weight = root();
        weight.children().add(with(new SvgTextElement(0, 10, "x"), "font-weight", "600", "font-size", "10",
                "font-family", "sans-serif"));
        assertThrows(UnsupportedSvgException.class, () -> direct(weight));
    }

    @Test
    void aDeclinedFigureIsPaintedByJsvg() throws Exception {
        SvgSvgElement dom = root();
        dom.children().add(with(new SvgRectElement(20, 20, 100, 50), "fill", "#118ed8", "shape-rendering",
                "crispEdges"));
        dom.children().add(with(new SvgRectElement(0, 0, 10, 10), "mask", "url(#m)"));
        FigurePictures pictures = new FigurePictures(LaidOutFigure.ofDom(dom), true, loader);
        assertTrue(pictures.paintsDirectly());
        BufferedImage image = pictures.raster(SIZE, PIXELS, false);
        assertFalse(pictures.paintsDirectly(), "the painter was not declined");
        assertEquals(0.0, PixelDifference.of(image, jsvg(dom), 0).meanAbsolute(), "not the JSVG picture");
        assertEquals(255, alphaAt(image, 2 * 50, 2 * 40));
    }

    @Test
    void cssThatLoadsSomethingIsRefusedOnTheDirectPathToo() {
        SvgSvgElement dom = root();
        dom.children().add(with(new SvgRectElement(0, 0, 10, 10), "style", "fill: url(http://evil.example/)"));
        RenderException e = assertThrows(RenderException.class, () -> direct(dom));
        assertEquals(FigureErrorKind.BAD_SPEC, e.kind());
    }

    @Test
    void theElementBudgetHolds() {
        SvgSvgElement dom = root();
        for (int i = 0; i < 10; i++) {
            dom.children().add(new SvgRectElement(i, i, 5, 5));
        }
        RenderException e = assertThrows(RenderException.class,
                () -> RasterPainter.paintDirect(dom, SIZE, PIXELS, false, 5));
        assertEquals(FigureErrorKind.TOO_LARGE, e.kind());
    }
}
