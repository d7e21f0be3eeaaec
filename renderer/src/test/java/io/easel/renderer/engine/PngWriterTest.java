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

    @Test
    void tallImagesAreCompressedInSeveralBandsThatDecodeAsOneStream() throws Exception {
        // 700 x 1,200 RGBA rows are 3.4 MB: four bands of at most BandedDeflate.BAND_BYTES
        BufferedImage translucent = randomImage(BufferedImage.TYPE_INT_ARGB, 700, 1200, true);
        BufferedImage opaque = randomImage(BufferedImage.TYPE_INT_ARGB, 700, 1200, false);

        assertSamePixels(translucent, RasterOutputTest.decode(new PngWriter().write(translucent, 0)));
        assertSamePixels(opaque, RasterOutputTest.decode(new PngWriter().write(opaque, 0)));
    }

    @Test
    void bandsJoinIntoOneZlibStreamWhoseChecksumIsTheWholeInputs() throws Exception {
        Random random = new Random(7);
        byte[][] bands = new byte[3][];
        for (int i = 0; i < bands.length; i++) {
            bands[i] = new byte[10_000 + 3_333 * i];
            for (int k = 0; k < bands[i].length; k++) {
                bands[i][k] = (byte) (k % 50 < 40 ? 0 : random.nextInt(256));
            }
        }
        byte[] whole = new byte[bands[0].length + bands[1].length + bands[2].length];
        System.arraycopy(bands[0], 0, whole, 0, bands[0].length);
        System.arraycopy(bands[1], 0, whole, bands[0].length, bands[1].length);
        System.arraycopy(bands[2], 0, whole, bands[0].length + bands[1].length, bands[2].length);

        byte[] zlib = BandedDeflate.zlib(bands.length, i -> bands[i], 3);

        // java.util.zip.Inflater checks the zlib header and the Adler-32 trailer
        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        inflater.setInput(zlib);
        byte[] out = new byte[whole.length + 1];
        int n = 0;
        while (!inflater.finished()) {
            n += inflater.inflate(out, n, out.length - n);
        }
        inflater.end();
        assertEquals(whole.length, n);
        org.junit.jupiter.api.Assertions.assertArrayEquals(whole, java.util.Arrays.copyOf(out, n));
        java.util.zip.Adler32 adler = new java.util.zip.Adler32();
        adler.update(whole);
        java.util.zip.Adler32 first = new java.util.zip.Adler32();
        first.update(bands[0]);
        java.util.zip.Adler32 rest = new java.util.zip.Adler32();
        rest.update(whole, bands[0].length, whole.length - bands[0].length);
        assertEquals(adler.getValue(),
                BandedDeflate.combineAdler(first.getValue(), rest.getValue(), whole.length - bands[0].length));
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
