package io.easel.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;

/**
 * Vector outputs with a size limit are kept or left out together, and what is left out before it is made is never
 * made: a notebook's bundle of a big scatter must not wait for a PDF it will drop.
 */
class VectorOutputLimitTest {
    private static final long ONE_MB = 1024 * 1024;
    private final RenderEngine engine = new RenderEngine(RenderLimits.defaults());

    @Test
    void aPointCloudTooBigForTheSvgLeavesBothOutUnmade() throws Exception {
        List<RenderedImage> out = engine.render(scatter(100_000, false), 600, 400, List.of(
                OutputRequest.of(Format.PNG, 2),
                OutputRequest.of(Format.SVG).withMaxBytes(ONE_MB),
                OutputRequest.of(Format.PDF).withMaxBytes(ONE_MB)));
        assertTrue(out.get(0).bytes().length > 10_000 && !out.get(0).isLeftOut(), "the PNG is made");
        for (RenderedImage vector : out.subList(1, 3)) {
            assertTrue(vector.isLeftOut(), vector.format() + " left out");
            assertEquals(RenderedImage.NOT_MADE, vector.leftOutBytes(), vector.format() + " was never made");
            assertEquals(0, vector.bytes().length);
        }
        assertEquals(List.of(Format.PNG, Format.SVG, Format.PDF), out.stream().map(RenderedImage::format).toList());
    }

    @Test
    void anSvgOverItsLimitTakesTheUnmadePdfWithIt() throws Exception {
        // a mapped colour: Lets-Plot lays out every point, so the SVG's size is known only once it is written
        List<RenderedImage> out = engine.render(scatter(20_000, true), 600, 400, List.of(
                OutputRequest.of(Format.PDF).withMaxBytes(ONE_MB),
                OutputRequest.of(Format.SVG).withMaxBytes(ONE_MB),
                OutputRequest.of(Format.PNG, 2)));
        assertEquals(List.of(Format.PDF, Format.SVG, Format.PNG), out.stream().map(RenderedImage::format).toList(),
                "in the order asked");
        assertEquals(RenderedImage.NOT_MADE, out.get(0).leftOutBytes(), "the PDF comes after the SVG, so unmade");
        assertTrue(out.get(1).leftOutBytes() > ONE_MB, "the SVG's size: " + out.get(1).leftOutBytes());
        assertFalse(out.get(2).isLeftOut());
    }

    @Test
    void figuresWithinTheLimitsAreAllThere() throws Exception {
        List<RenderedImage> out = engine.render(TestFigures.line(1000, "small"), 600, 400, List.of(
                OutputRequest.of(Format.PNG, 2),
                OutputRequest.of(Format.SVG).withMaxBytes(ONE_MB),
                OutputRequest.of(Format.PDF).withMaxBytes(ONE_MB)));
        for (RenderedImage image : out) {
            assertFalse(image.isLeftOut(), image.format() + " kept");
            assertTrue(image.bytes().length > 1000, image.format() + " made");
        }
    }

    @Test
    void withoutLimitsEverythingIsMadeHoweverBig() throws Exception {
        List<RenderedImage> out = engine.render(scatter(20_000, false), 600, 400,
                List.of(OutputRequest.of(Format.SVG)));
        assertFalse(out.get(0).isLeftOut());
        assertTrue(out.get(0).bytes().length > ONE_MB, "the export gets the whole SVG");
    }

    private static Map<String, Object> scatter(int n, boolean mappedColour) {
        Random random = new Random(5);
        double[] x = new double[n];
        double[] y = new double[n];
        List<Object> group = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            x[i] = random.nextGaussian();
            y[i] = random.nextGaussian();
            group.add(i % 3 == 0 ? "a" : "b");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("x", x);
        data.put("y", y);
        data.put("g", group);
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "plot");
        spec.put("data", data);
        spec.put("mapping", mappedColour ? Map.of("x", "x", "y", "y", "color", "g") : Map.of("x", "x", "y", "y"));
        spec.put("layers", List.of(Map.of("geom", "point", "sampling", "none")));
        return spec;
    }
}
