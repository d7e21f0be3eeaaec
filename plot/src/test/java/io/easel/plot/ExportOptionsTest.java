package io.easel.plot;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExportOptionsTest {

    @Test
    void defaultsMeanTheFiguresOwnSizeAtScaleOne() {
        assertEquals(new ExportOptions(0, 0, 1), ExportOptions.defaults());
        assertEquals(new ExportOptions(800, 0, 1), ExportOptions.size(800, 0));
        assertEquals(new ExportOptions(0, 0, 2), ExportOptions.scaled(2));
        assertEquals(new ExportOptions(300, 200, 2), ExportOptions.scaled(2).withSize(300, 200));
        assertEquals(new ExportOptions(300, 200, 3), ExportOptions.size(300, 200).withScale(3));
    }

    @Test
    void zeroSidesResolveToTheFigureSizeEachOnItsOwn() {
        assertEquals(new ExportOptions(600, 250, 2), new ExportOptions(0, 250, 2).resolvedFor(Figure.of().size(600, 400)));
        assertEquals(new ExportOptions(900, 400, 1), new ExportOptions(900, 0, 1).resolvedFor(Figure.of().size(600, 400)));
    }

    @Test
    void rejectsImpossibleValuesNamingThem() {
        assertEquals("Export width must be between 0 and 10000 CSS pixels (0 keeps the figure's own width), got -1.0.",
                assertThrows(IllegalArgumentException.class, () -> new ExportOptions(-1, 0, 1)).getMessage());
        assertEquals("Export height must be between 0 and 10000 CSS pixels (0 keeps the figure's own height), got NaN.",
                assertThrows(IllegalArgumentException.class, () -> new ExportOptions(0, Double.NaN, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ExportOptions.size(10_001, 10));
        assertEquals("Export scale must be a number above 0 and at most 10 (2 gives HiDPI images), got 0.0.",
                assertThrows(IllegalArgumentException.class, () -> ExportOptions.scaled(0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ExportOptions.scaled(Double.POSITIVE_INFINITY));
    }
}
