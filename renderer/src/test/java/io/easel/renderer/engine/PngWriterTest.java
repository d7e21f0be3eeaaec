package io.easel.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Our PNG encoder against the JDK's decoder, pixel for pixel. */
class PngWriterTest {

    @Test
    void translucentPixelsSurviveExactly() throws Exception {
        BufferedImage image = randomImage(BufferedImage.TYPE_INT_ARGB, 97, 41, true);

        BufferedImage decoded = RasterOutputTest.decode(new PngWriter().write(image, 0));

        assertEquals(true, decoded.getColorModel().hasAlpha());
        assertSamePixels(image, decoded);
    }

    @Test
    void opaqueImagesAreWrittenWithoutAlphaAndSurviveExactly() throws Exception {
        BufferedImage image = randomImage(BufferedImage.TYPE_INT_ARGB, 64, 33, false);

        BufferedImage decoded = RasterOutputTest.decode(new PngWriter().write(image, 0));

        assertEquals(false, decoded.getColorModel().hasAlpha());
        assertSamePixels(image, decoded);
    }

    @Test
    void otherImageTypesAndWindowsIntoLargerImagesAreEncodedToo() throws Exception {
        BufferedImage bytes = randomImage(BufferedImage.TYPE_4BYTE_ABGR, 30, 20, true);
        BufferedImage window = randomImage(BufferedImage.TYPE_INT_ARGB, 50, 40, true).getSubimage(7, 5, 20, 11);

        assertSamePixels(bytes, RasterOutputTest.decode(new PngWriter().write(bytes, 0)));
        assertSamePixels(window, RasterOutputTest.decode(new PngWriter().write(window, 0)));
    }

    private static BufferedImage randomImage(int type, int width, int height, boolean translucent) {
        Random random = new Random(width * 31L + height);
        BufferedImage image = new BufferedImage(width, height, type);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int alpha = translucent ? random.nextInt(256) : 255;
                // Runs of equal colour like a plot's, and noise, so both the filter and deflate get exercised.
                int rgb = (x / 8 + y / 5) % 3 == 0 ? 0x336699 : random.nextInt(1 << 24);
                image.setRGB(x, y, alpha << 24 | rgb);
            }
        }
        return image;
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int want = expected.getRGB(x, y);
                int got = actual.getRGB(x, y);
                if ((want >>> 24) == 0 && (got >>> 24) == 0) {
                    continue; // fully transparent: the colour carries no meaning
                }
                assertEquals(Integer.toHexString(want), Integer.toHexString(got), "pixel " + x + "," + y);
            }
        }
    }
}
