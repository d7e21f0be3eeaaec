package io.easel.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The fast number reader agrees with Double.parseDouble to the last place, on what Lets-Plot writes and beyond. */
class SvgNumbersTest {

    @Test
    void readsWhatDoubleToStringWrites() {
        Random random = new Random(3);
        for (int i = 0; i < 200_000; i++) {
            double value = switch (i % 4) {
                case 0 -> random.nextDouble() * 1200;
                case 1 -> -random.nextDouble() * 1e-3;
                case 2 -> random.nextGaussian() * 1e8;
                default -> Math.rint(random.nextDouble() * 1000) / 10;
            };
            String text = Double.toString(value);
            double read = SvgNumbers.parse(text);
            assertEquals(value, read, Math.ulp(value), text);
        }
    }

    @Test
    void readsOtherFormsThroughTheJdk() {
        assertEquals(3.3, SvgNumbers.parse("3.3"));
        assertEquals(-0.5, SvgNumbers.parse("-.5"));
        assertEquals(12.0, SvgNumbers.parse("+12"));
        assertEquals(1e-30, SvgNumbers.parse("1e-30"), 1e-45);
        assertEquals(1.5e300, SvgNumbers.parse("1.5E300"), 1e285);
        assertEquals(123456789012345678901234.0, SvgNumbers.parse("123456789012345678901234"), 1e9);
        assertEquals(Double.POSITIVE_INFINITY, SvgNumbers.parse("Infinity"));
        assertThrows(NumberFormatException.class, () -> SvgNumbers.parse("12px"));
        assertThrows(NumberFormatException.class, () -> SvgNumbers.parse(""));
        assertThrows(NumberFormatException.class, () -> SvgNumbers.parse("1e"));
    }

    @Test
    void whiteSpaceCollapsesAsSvgSays() {
        assertEquals("a b c", SvgTextLayout.collapse("a  b\n\tc", true));
        assertEquals("x", SvgTextLayout.collapse("  x", true));
        assertEquals(" x", SvgTextLayout.collapse("  x", false));
    }
}
