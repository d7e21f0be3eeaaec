package io.easel.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Node;

import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;

class RasterOutputTest {
    private final RenderEngine engine = new RenderEngine(RenderLimits.defaults());
    private final Map<String, Object> figure = TestFigures.line(200, "Raster Title");

    @ParameterizedTest(name = "{0} at scale {1}")
    @CsvSource({"PNG, 1", "PNG, 2", "JPEG, 1", "JPEG, 2", "WEBP, 1", "WEBP, 2"})
    void decodesToTheRequestedPixelSize(Format format, double scale) throws Exception {
        RenderedImage out = engine.render(figure, 600, 400, List.of(OutputRequest.of(format, scale))).get(0);

        BufferedImage image = decode(out.bytes());
        assertEquals(Math.round(600 * scale), image.getWidth());
        assertEquals(Math.round(400 * scale), image.getHeight());
        assertEquals(image.getWidth(), out.pixelWidth());
        assertEquals(image.getHeight(), out.pixelHeight());
        assertEquals(format, out.format());
    }

    @Test
    void roundsFractionalSizesPerAxis() throws Exception {
        RenderedImage out = engine.render(figure, 333.3, 250.5, List.of(OutputRequest.of(Format.PNG, 1.5))).get(0);

        BufferedImage image = decode(out.bytes());
        assertEquals(Math.round(333.3 * 1.5), image.getWidth());
        assertEquals(Math.round(250.5 * 1.5), image.getHeight());
    }

    @Test
    void pngCarriesTheRequestedDpiInPhys() throws Exception {
        RenderedImage out = engine.render(figure, 300, 200, List.of(new OutputRequest(Format.PNG, 1, 150))).get(0);

        Node phys = child(metadata(out.bytes(), "javax_imageio_png_1.0"), "pHYs");
        assertNotNull(phys, "PNG has no pHYs chunk");
        assertEquals(String.valueOf(Math.round(150 / 0.0254)), attribute(phys, "pixelsPerUnitXAxis"));
        assertEquals("meter", attribute(phys, "unitSpecifier"));
    }

    @Test
    void pngWithoutDpiHasNoPhys() throws Exception {
        RenderedImage out = engine.render(figure, 300, 200, List.of(OutputRequest.of(Format.PNG))).get(0);

        assertEquals(null, child(metadata(out.bytes(), "javax_imageio_png_1.0"), "pHYs"));
    }

    @Test
    void jpegCarriesTheRequestedDpiInJfif() throws Exception {
        RenderedImage out = engine.render(figure, 300, 200, List.of(new OutputRequest(Format.JPEG, 1, 300))).get(0);

        Node jfif = child(child(metadata(out.bytes(), "javax_imageio_jpeg_image_1.0"), "JPEGvariety"), "app0JFIF");
        assertNotNull(jfif, "JPEG has no JFIF segment");
        assertEquals("1", attribute(jfif, "resUnits"));
        assertEquals("300", attribute(jfif, "Xdensity"));
    }

    @Test
    void jpegHasAWhiteBackgroundWhereNothingIsDrawn() throws Exception {
        // The outer frame Lets-Plot draws has stroke-width 0; the corner stays background.
        RenderedImage out = engine.render(figure, 300, 200, List.of(OutputRequest.of(Format.JPEG))).get(0);

        BufferedImage image = decode(out.bytes());
        int rgb = image.getRGB(0, image.getHeight() / 2);
        assertTrue(isNearWhite(rgb), "left edge pixel should be white, was " + Integer.toHexString(rgb));
    }

    @Test
    void zeroWidthStrokesPaintNothing() throws Exception {
        // Lets-Plot frames every plot with a stroke-width="0.0" rectangle; SVG says such a stroke is not painted.
        RenderedImage out = engine.render(figure, 300, 200, List.of(OutputRequest.of(Format.PNG, 2))).get(0);

        BufferedImage image = decode(out.bytes());
        for (int y = 0; y < image.getHeight(); y += 7) {
            assertTrue(isNearWhite(image.getRGB(0, y)), "frame drawn at left edge, y=" + y);
            assertTrue(isNearWhite(image.getRGB(image.getWidth() - 1, y)), "frame drawn at right edge, y=" + y);
        }
    }

    @Test
    void drawsTheFigureNotABlankImage() throws Exception {
        RenderedImage out = engine.render(figure, 300, 200, List.of(OutputRequest.of(Format.PNG))).get(0);

        BufferedImage image = decode(out.bytes());
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >>> 24) & 0xFF) > 200 && ((rgb >> 16) & 0xFF) < 120) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 500, "expected the line and labels in dark pixels, found " + dark);
    }

    static BufferedImage decode(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertNotNull(image, "no ImageIO reader could decode the bytes");
        return image;
    }

    static boolean isNearWhite(int rgb) {
        return ((rgb >> 16) & 0xFF) > 245 && ((rgb >> 8) & 0xFF) > 245 && (rgb & 0xFF) > 245;
    }

    private static Node metadata(byte[] bytes, String formatName) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                IIOMetadata metadata = reader.getImageMetadata(0);
                return metadata.getAsTree(formatName);
            } finally {
                reader.dispose();
            }
        }
    }

    private static Node child(Node parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (name.equals(n.getNodeName())) {
                return n;
            }
        }
        return null;
    }

    private static String attribute(Node node, String name) {
        return node.getAttributes().getNamedItem(name).getNodeValue();
    }
}
