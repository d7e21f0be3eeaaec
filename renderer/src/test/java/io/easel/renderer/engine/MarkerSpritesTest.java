package io.easel.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Stamps written into the canvas's pixels must be what Java2D's drawImage of the same sprites gives: the same
 * source-over arithmetic, and the clip honoured where a stamp crosses it (those go through drawImage).
 */
class MarkerSpritesTest {
    private static final int SIDE = 240;

    @ParameterizedTest(name = "image type {0}")
    @ValueSource(ints = {BufferedImage.TYPE_INT_ARGB_PRE, BufferedImage.TYPE_INT_RGB})
    void compositingIntoThePixelsIsDrawImage(int type) {
        BufferedImage written = stamp(type, true);
        BufferedImage drawn = stamp(type, false);
        int worst = 0;
        int changed = 0;
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                int a = written.getRGB(x, y);
                int b = drawn.getRGB(x, y);
                for (int shift = 0; shift <= 24; shift += 8) {
                    worst = Math.max(worst, Math.abs((a >>> shift & 0xFF) - (b >>> shift & 0xFF)));
                }
                if (x < 12 || y < 12 || x >= 200 || y >= 200) {
                    assertEquals(drawn.getRGB(x, y), a, "painted outside the clip at " + x + "," + y);
                }
                if (a != 0 && a != 0xFF000000) {
                    changed++;
                }
            }
        }
        assertTrue(worst <= 1, "channels differ by " + worst + " (rounding allows 1)");
        assertTrue(changed > 10_000, "markers drawn: " + changed + " pixels");
    }

    private static BufferedImage stamp(int type, boolean intoPixels) {
        BufferedImage image = new BufferedImage(SIDE, SIDE, type);
        Graphics2D g = image.createGraphics();
        try {
            JsvgPainting.setQualityHints(g);
            g.clip(new Rectangle2D.Double(12.4, 12.6, 187.3, 187.1));
            MarkerSprites sprites = new MarkerSprites(g, intoPixels ? image : null);
            AffineTransform device = AffineTransform.getScaleInstance(2, 2);
            Random random = new Random(3);
            Color fill = new Color(40, 90, 200, 150);
            Color stroke = new Color(200, 30, 30);
            for (int i = 0; i < 3_000; i++) {
                double cx = random.nextDouble() * 120;
                double cy = random.nextDouble() * 120;
                boolean outlined = i % 3 == 0;
                assertTrue(sprites.stampCircle(g, device, cx, cy, 2 + i % 4, i % 5 == 0 ? null : fill,
                        outlined ? stroke : null, 0.8f));
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
