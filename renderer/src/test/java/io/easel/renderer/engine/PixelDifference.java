package io.easel.renderer.engine;

import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * How far two pictures of one size are apart: the mean absolute difference over all channels (alpha, red, green,
 * blue, 0 to 255, colours compared as painted onto white so an invisible pixel's colour does not count), and the
 * share of pixels where some channel differs by more than a threshold.
 */
record PixelDifference(double meanAbsolute, double shareOver, int threshold, int width, int height) {

    static PixelDifference of(BufferedImage a, BufferedImage b, int threshold) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            throw new AssertionError("sizes differ: " + a.getWidth() + "x" + a.getHeight() + " and "
                    + b.getWidth() + "x" + b.getHeight());
        }
        int w = a.getWidth();
        int h = a.getHeight();
        int[] pa = a.getRGB(0, 0, w, h, null, 0, w);
        int[] pb = b.getRGB(0, 0, w, h, null, 0, w);
        long sum = 0;
        long over = 0;
        for (int i = 0; i < pa.length; i++) {
            int x = onWhite(pa[i]);
            int y = onWhite(pb[i]);
            int worst = 0;
            for (int shift = 0; shift <= 24; shift += 8) {
                int d = Math.abs(((x >>> shift) & 0xFF) - ((y >>> shift) & 0xFF));
                sum += d;
                worst = Math.max(worst, d);
            }
            if (worst > threshold) {
                over++;
            }
        }
        return new PixelDifference(sum / (4.0 * pa.length), over / (double) pa.length, threshold, w, h);
    }

    /** The pixel as it shows over white, with its alpha kept as the fourth channel. */
    private static int onWhite(int argb) {
        int alpha = argb >>> 24;
        int r = blend((argb >> 16) & 0xFF, alpha);
        int g = blend((argb >> 8) & 0xFF, alpha);
        int bl = blend(argb & 0xFF, alpha);
        return alpha << 24 | r << 16 | g << 8 | bl;
    }

    private static int blend(int channel, int alpha) {
        return (channel * alpha + 255 * (255 - alpha) + 127) / 255;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "mean |diff| %.3f, %.3f%% of pixels over %d", meanAbsolute,
                100 * shareOver, threshold);
    }
}
