package io.easel.renderer.engine;

import io.easel.plot.FigureErrorKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;

class RenderFailureTest {
    private final RenderEngine engine = new RenderEngine(RenderLimits.defaults());
    private final List<OutputRequest> png = List.of(OutputRequest.of(Format.PNG));

    @Test
    void unknownGeomIsABadSpecWithLetsPlotsMessage() {
        Map<String, Object> spec = TestFigures.plot(Map.of("x", List.of(1, 2), "y", List.of(3, 4)), "nosuchgeom", "T");

        RenderException e = assertThrows(RenderException.class, () -> engine.render(spec, 600, 400, png));

        assertEquals(FigureErrorKind.BAD_SPEC, e.kind());
        assertTrue(e.getMessage().contains("Unknown geom name: 'nosuchgeom'"), e.getMessage());
    }

    @Test
    void unknownColumnIsABadSpecNamingTheColumn() {
        Map<String, Object> spec = new LinkedHashMap<>(TestFigures.line(10, "T"));
        spec.put("mapping", Map.of("x", "nocolumn", "y", "y"));

        RenderException e = assertThrows(RenderException.class, () -> engine.render(spec, 600, 400, png));

        assertEquals(FigureErrorKind.BAD_SPEC, e.kind());
        assertTrue(e.getMessage().contains("nocolumn"), e.getMessage());
    }

    @Test
    void unknownFigureKindIsABadSpec() {
        RenderException e = assertThrows(RenderException.class,
                () -> engine.render(Map.of("kind", "nonsense"), 600, 400, png));

        assertEquals(FigureErrorKind.BAD_SPEC, e.kind());
        assertTrue(e.getMessage().contains("nonsense"), e.getMessage());
    }

    @Test
    void nullSpecAndForeignValuesAreBadSpecs() {
        RenderException missing = assertThrows(RenderException.class, () -> engine.render(null, 600, 400, png));
        Map<String, Object> foreign = new LinkedHashMap<>(TestFigures.line(10, "T"));
        foreign.put("data", Map.of("x", new Object(), "y", List.of(1)));
        RenderException odd = assertThrows(RenderException.class, () -> engine.render(foreign, 600, 400, png));

        assertEquals(FigureErrorKind.BAD_SPEC, missing.kind());
        assertEquals(FigureErrorKind.BAD_SPEC, odd.kind());
        assertTrue(odd.getMessage().contains("spec.data.x"), odd.getMessage());
    }

    @Test
    void deeplyNestedSpecIsRefusedBeforeLayout() {
        Map<String, Object> deep = new LinkedHashMap<>();
        Map<String, Object> level = deep;
        for (int i = 0; i < 500; i++) {
            Map<String, Object> next = new LinkedHashMap<>();
            level.put("k", next);
            level = next;
        }
        RenderException e = assertThrows(RenderException.class, () -> engine.render(deep, 600, 400, png));

        assertEquals(FigureErrorKind.BAD_SPEC, e.kind());
        assertTrue(e.getMessage().contains("nested deeper"), e.getMessage());
    }

    @Test
    void hugeCanvasIsTooLargeWithAnActionableMessage() {
        RenderException e = assertThrows(RenderException.class,
                () -> engine.render(TestFigures.line(10, "T"), 40_000, 40_000, png));

        assertEquals(FigureErrorKind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().contains("40000 x 40000"), e.getMessage());
        assertTrue(e.getMessage().contains("Use a smaller --width/--height"), e.getMessage());
    }

    @Test
    void pixelCapCountsTheScaleAndIsCheckedBeforeLayout() {
        // A spec Lets-Plot would refuse: getting too_large proves the size check ran before the layout.
        Map<String, Object> refused = TestFigures.plot(Map.of("x", List.of(1), "y", List.of(1)), "nosuchgeom", "T");
        List<OutputRequest> huge = List.of(OutputRequest.of(Format.SVG), OutputRequest.of(Format.PNG, 10));

        RenderException e = assertThrows(RenderException.class, () -> engine.render(refused, 10_000, 10_000, huge));

        assertEquals(FigureErrorKind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().contains("100000 x 100000 px (10.0 Gpx)"), e.getMessage());
        assertTrue(e.getMessage().contains("the limit is 50.0 Mpx"), e.getMessage());
        assertTrue(e.getMessage().contains("--scale"), e.getMessage());
    }

    @Test
    void ownLimitsApply() {
        RenderEngine small = new RenderEngine(new RenderLimits(1_000_000, 20_000));

        RenderException e = assertThrows(RenderException.class,
                () -> small.render(TestFigures.line(10, "T"), 2_000, 1_000, png));

        assertEquals(FigureErrorKind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().contains("2000 x 1000 px (2.0 Mpx)"), e.getMessage());
    }

    @Test
    void vectorOutputsAreNotBoundByThePixelCap() throws Exception {
        RenderEngine small = new RenderEngine(new RenderLimits(1_000_000, 20_000));

        byte[] svg = small.render(TestFigures.line(10, "T"), 2_000, 1_000, List.of(OutputRequest.of(Format.SVG)))
                .get(0).bytes();

        assertTrue(svg.length > 0);
    }

    @Test
    void notANumberSizeIsRefused() {
        RenderException e = assertThrows(RenderException.class,
                () -> engine.render(TestFigures.line(10, "T"), Double.NaN, 400, png));

        assertEquals(FigureErrorKind.BAD_REQUEST, e.kind());
    }

    @Test
    void noOutputsIsRefusedWithTheSupportedFormats() {
        RenderException e = assertThrows(RenderException.class,
                () -> engine.render(TestFigures.line(10, "T"), 600, 400, List.of()));

        assertEquals(FigureErrorKind.UNSUPPORTED, e.kind());
        assertTrue(e.getMessage().contains("png"), e.getMessage());
    }

    @Test
    void tooManyElementsIsTooLarge() {
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">");
        for (int i = 0; i < 50; i++) {
            svg.append("<rect width=\"1\" height=\"1\"/>");
        }
        svg.append("</svg>");

        RenderException e = assertThrows(RenderException.class, () -> new SvgDocumentLoader(20).load(svg.toString()));

        assertEquals(FigureErrorKind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().contains("more than 20 SVG elements"), e.getMessage());
    }

    @Test
    void malformedSvgIsReportedNotBlank() {
        RenderException e = assertThrows(RenderException.class,
                () -> new SvgDocumentLoader(100).load("<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>"));

        assertEquals(FigureErrorKind.INTERNAL, e.kind());
    }

    @Test
    void engineStaysUsableAfterFailures() throws Exception {
        Map<String, Object> bad = TestFigures.plot(Map.of("x", List.of(1), "y", List.of(1)), "nosuchgeom", "T");
        for (int i = 0; i < 3; i++) {
            assertThrows(RenderException.class, () -> engine.render(bad, 600, 400, png));
        }

        assertEquals(1, engine.render(TestFigures.line(10, "After"), 600, 400, png).size());
    }

    @Test
    void moreThanJsvgsDefaultElementCapStillDraws() throws Exception {
        // JSVG refuses documents over 2,000 painted elements by default; a 5,000-point scatter has more.
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            xs.add((double) i);
            ys.add((double) (i % 97));
        }
        Map<String, Object> spec = TestFigures.plot(Map.of("x", xs, "y", ys), "point", "Many points");

        byte[] bytes = engine.render(spec, 400, 300, png).get(0).bytes();

        assertEquals(400, RasterOutputTest.decode(bytes).getWidth());
    }
}
