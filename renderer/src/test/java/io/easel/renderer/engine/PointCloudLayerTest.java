package io.easel.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;

/**
 * A big point layer laid out as a point cloud must give what Lets-Plot's full layout gives: the same SVG but for
 * the last digits of the marker centres, and the same picture. Figures the cloud cannot draw exactly must not take
 * that path, and one whose markers turn out not to be circles must still come out whole.
 */
class PointCloudLayerTest {
    private static final int N = 20_000;
    private static final FigureSize SIZE = size();
    private static final Pattern CIRCLE = Pattern.compile("<circle [^>]*?cx=\"([^\"]+)\" cy=\"([^\"]+)\"[^>]*>");
    /** DeterministicIds' prefix: a hash of the whole text, so it differs with the last digits of any centre. */
    private static final Pattern ID_PREFIX = Pattern.compile("p[0-9a-f]{10}-(?=\\d)");

    private static FigureSize size() {
        try {
            return FigureSize.checked(600, 400, RenderLimits.defaults());
        } catch (RenderException e) {
            throw new AssertionError(e);
        }
    }

    static Stream<Arguments> figures() {
        return Stream.of(
                Arguments.of("plot data and mapping", scatter(Map.of("geom", "point", "sampling", "none"), true)),
                Arguments.of("layer data, constant colour, size and alpha", scatter(Map.of("geom", "point",
                        "color", "red", "size", 2.0, "alpha", 0.3), false)),
                Arguments.of("shape 21, fill and stroke", scatter(Map.of("geom", "point", "shape", 21,
                        "fill", "#3366cc", "color", "black", "stroke", 0.7, "size", 3), false)),
                Arguments.of("coord_flip", with(scatter(Map.of("geom", "point"), true), "coord",
                        Map.of("name", "flip"))),
                Arguments.of("labelled and expanded x scale", with(scatter(Map.of("geom", "point"), true), "scales",
                        List.of(Map.of("aesthetic", "x", "name", "the x", "expand", List.of(0.2, 0.0))))),
                Arguments.of("missing values, whole numbers, a line over it and a title", withGaps()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void theCloudIsWhatLetsPlotLaysOut(String name, Map<String, Object> spec) throws Exception {
        Map<String, Object> snapshot = SpecSnapshot.of(spec);
        PointCloudLayer cloud = PointCloudLayer.find(snapshot).orElseThrow(() -> new AssertionError(name
                + ": expected to qualify as a point cloud"));
        LaidOutFigure fast = LetsPlotSvg.layout(cloud.reducedSpec(), SIZE);
        assertTrue(cloud.placeInto(fast), name + ": the sample markers must fit");
        LaidOutFigure full = LetsPlotSvg.layout(snapshot, SIZE);

        String fastSvg = fast.publishedSvg();
        String fullSvg = full.publishedSvg();
        List<double[]> fastCentres = centres(fastSvg);
        List<double[]> fullCentres = centres(fullSvg);
        assertEquals(fullCentres.size(), fastCentres.size(), name + ": markers");
        assertTrue(fullCentres.size() >= N / 2, name + ": the full layout drew " + fullCentres.size());
        for (int i = 0; i < fullCentres.size(); i++) {
            double[] a = fastCentres.get(i);
            double[] b = fullCentres.get(i);
            assertTrue(Math.abs(a[0] - b[0]) < 1e-6 && Math.abs(a[1] - b[1]) < 1e-6, name + ": marker " + i
                    + " at " + a[0] + "," + a[1] + " instead of " + b[0] + "," + b[1]);
        }
        assertEquals(withoutCentres(fullSvg), withoutCentres(fastSvg), name + ": the rest of the SVG");

        FigureSize.PixelSize pixels = SIZE.pixels(2, RenderLimits.defaults());
        BufferedImage fastPicture = RasterPainter.paintDirect(fast.dom().orElseThrow(), SIZE, pixels, false,
                ElementBudget.DEFAULT_MAX_ELEMENTS);
        BufferedImage fullPicture = RasterPainter.paintDirect(full.dom().orElseThrow(), SIZE, pixels, false,
                ElementBudget.DEFAULT_MAX_ELEMENTS);
        PixelDifference difference = PixelDifference.of(fastPicture, fullPicture, DirectPaintCorpusTest.VISIBLE);
        assertTrue(difference.meanAbsolute() <= 0.01 && difference.shareOver() == 0,
                name + ": the pictures differ: " + difference);
    }

    @Test
    void theEngineDrawsEveryOutputOfACloud() throws Exception {
        RenderEngine engine = new RenderEngine(RenderLimits.defaults());
        List<RenderedImage> out = engine.render(scatter(Map.of("geom", "point"), true), 600, 400,
                List.of(OutputRequest.of(Format.PNG, 2), OutputRequest.of(Format.SVG), OutputRequest.of(Format.PDF)));
        assertEquals(1200, out.get(0).pixelWidth());
        assertEquals(N, centres(new String(out.get(1).bytes(), StandardCharsets.UTF_8)).size());
        assertTrue(new String(out.get(2).bytes(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertTrue(out.get(2).bytes().length > 100_000, "the PDF holds every marker");
    }

    static Stream<Arguments> notClouds() {
        Map<String, Object> mappedColour = scatter(Map.of("geom", "point"), true);
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) mappedColour.get("data");
        List<Object> groups = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            groups.add(i % 2 == 0 ? "a" : "b");
        }
        data.put("g", groups);
        mappedColour.put("mapping", Map.of("x", "x", "y", "y", "color", "g"));
        Map<String, Object> unsampled = scatter(Map.of("geom", "point"), true, 60_000);
        return Stream.of(
                Arguments.of("a mapped colour", mappedColour),
                Arguments.of("a log scale", with(scatter(Map.of("geom", "point"), true), "scales",
                        List.of(Map.of("aesthetic", "x", "trans", "log10")))),
                Arguments.of("scale limits", with(scatter(Map.of("geom", "point"), true), "scales",
                        List.of(Map.of("aesthetic", "y", "limits", List.of(-1.0, 1.0))))),
                Arguments.of("facets", with(scatter(Map.of("geom", "point"), true), "facet",
                        Map.of("name", "grid", "x", "x"))),
                Arguments.of("polar coordinates", with(scatter(Map.of("geom", "point"), true), "coord",
                        Map.of("name", "polar"))),
                Arguments.of("jitter", scatter(Map.of("geom", "point", "position", "jitter"), true)),
                Arguments.of("a line", scatter(Map.of("geom", "line"), true)),
                Arguments.of("60,000 rows Lets-Plot would sample", unsampled),
                Arguments.of("a mapped size in the layer", scatter(Map.of("geom", "point",
                        "mapping", Map.of("size", "x")), true)),
                Arguments.of("few points", scatter(Map.of("geom", "point"), true, 200)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notClouds")
    void figuresTheCloudCannotDrawExactlyAreLaidOutInFull(String name, Map<String, Object> spec) throws Exception {
        assertFalse(PointCloudLayer.find(SpecSnapshot.of(spec)).isPresent(), name);
    }

    @Test
    void squareMarkersFallBackToTheFullLayout() throws Exception {
        Map<String, Object> snapshot = SpecSnapshot.of(scatter(Map.of("geom", "point", "shape", 15), true));
        PointCloudLayer cloud = PointCloudLayer.find(snapshot).orElseThrow();
        assertFalse(cloud.placeInto(LetsPlotSvg.layout(cloud.reducedSpec(), SIZE)), "squares are not circles");
        String svg = PointCloudLayer.layout(snapshot, SIZE).publishedSvg();
        String full = LetsPlotSvg.layout(snapshot, SIZE).publishedSvg();
        assertTrue(count(full, "<rect ") > N, "a square per point");
        assertEquals(full, svg, "the figure as Lets-Plot lays it out in full");
    }

    // ---- figures ----

    private static Map<String, Object> scatter(Map<String, Object> layer, boolean plotData) {
        return scatter(layer, plotData, N);
    }

    private static Map<String, Object> scatter(Map<String, Object> layer, boolean plotData, int n) {
        Random random = new Random(7);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextGaussian() * 3 + 10;
            y[i] = random.nextGaussian() - 0.5 * x[i];
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("x", x);
        data.put("y", y);
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "plot");
        Map<String, Object> own = new LinkedHashMap<>(layer);
        if (plotData) {
            spec.put("data", data);
            spec.put("mapping", Map.of("x", "x", "y", "y"));
        } else {
            own.put("data", data);
            own.put("mapping", Map.of("x", "x", "y", "y"));
        }
        spec.put("layers", List.of(own));
        return spec;
    }

    private static Map<String, Object> with(Map<String, Object> spec, String key, Object value) {
        spec.put(key, value);
        return spec;
    }

    private static Map<String, Object> withGaps() {
        List<Object> x = new ArrayList<>();
        List<Object> y = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            x.add(i % 1000);
            y.add(i % 97 == 0 ? null : i % 89 == 0 ? Double.NaN : (double) ((i * 7919) % 1013));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("x", x);
        data.put("y", y);
        Map<String, Object> line = Map.of("geom", "line", "data", Map.of("x", List.of(0.0, 500.0, 999.0),
                "y", List.of(0.0, 1100.0, 0.0)), "mapping", Map.of("x", "x", "y", "y"));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "plot");
        spec.put("data", data);
        spec.put("mapping", Map.of("x", "x", "y", "y"));
        spec.put("layers", List.of(Map.of("geom", "point", "color", "#884400", "sampling", "none"), line));
        spec.put("ggtitle", Map.of("text", "Gaps"));
        return spec;
    }

    // ---- reading the results ----

    private static List<double[]> centres(String svg) {
        List<double[]> out = new ArrayList<>();
        Matcher m = CIRCLE.matcher(svg);
        while (m.find()) {
            out.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        return out;
    }

    /** The SVG with marker centres blanked and the ids' content hash taken out. */
    private static String withoutCentres(String svg) {
        StringBuilder blank = new StringBuilder(svg.length());
        Matcher m = CIRCLE.matcher(svg);
        int at = 0;
        while (m.find()) {
            blank.append(svg, at, m.start(1)).append('X').append(svg, m.end(1), m.start(2)).append('Y');
            at = m.end(2);
        }
        blank.append(svg, at, svg.length());
        return ID_PREFIX.matcher(blank).replaceAll("pID-");
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }
}
