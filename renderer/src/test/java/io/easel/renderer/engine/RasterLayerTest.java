package io.easel.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;

/** geom_raster cells stay crisp: the image Lets-Plot embeds is scaled nearest-neighbour, as its SVG asks. */
class RasterLayerTest {
    private final RenderEngine engine = new RenderEngine(RenderLimits.defaults());

    /** A 2 x 2 checkerboard of pure blue and pure red cells, no legend (its colour bar would be a gradient). */
    static Map<String, Object> checkerboard() {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "plot");
        spec.put("data", Map.of("x", List.of(0, 1, 0, 1), "y", List.of(0, 0, 1, 1), "z", List.of(0, 1, 1, 0)));
        spec.put("mapping", Map.of("x", "x", "y", "y", "fill", "z"));
        spec.put("layers", List.of(Map.of("geom", "raster")));
        spec.put("scales", List.of(Map.of("aesthetic", "fill", "scale_mapper_kind", "color_gradient",
                "low", "#0000ff", "high", "#ff0000")));
        spec.put("theme", Map.of("legend_position", "none"));
        return spec;
    }

    @Test
    void rasterCellsAreCrispInThePngWithNoBlendedColourBetweenThem() throws Exception {
        List<RenderedImage> out = engine.render(checkerboard(), 400, 400,
                List.of(OutputRequest.of(Format.SVG), OutputRequest.of(Format.PNG, 2)));
        assertTrue(new String(out.get(0).bytes(), StandardCharsets.UTF_8).contains("pixelated"),
                "the SVG asks for pixelated rendering; that is what the PNG must follow");

        BufferedImage png = RasterOutputTest.decode(out.get(1).bytes());
        int blue = 0;
        int red = 0;
        int blended = 0;
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                int rgb = png.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (g > 40) {
                    continue; // background, text, and cell edges blended with the white background
                }
                if (r > 40 && b > 40) {
                    blended++;
                } else if (b > 200) {
                    blue++;
                } else if (r > 200) {
                    red++;
                }
            }
        }
        assertTrue(blue > 100_000 && red > 100_000, "cells missing: blue " + blue + ", red " + red);
        // bilinear scaling of the 2 x 2 image made about half the panel purple
        assertEquals(0, blended, "purple pixels between the blue and red cells");
    }

    @Test
    void thePdfImageIsNotInterpolated() throws Exception {
        String pdf = new String(engine.render(checkerboard(), 400, 400, List.of(OutputRequest.of(Format.PDF)))
                .get(0).bytes(), StandardCharsets.ISO_8859_1);
        assertTrue(pdf.contains("/Subtype /Image"), "the raster layer is an image in the PDF");
        assertTrue(!pdf.contains("/Interpolate true"), "a viewer would smooth the cells into a gradient");
    }
}
