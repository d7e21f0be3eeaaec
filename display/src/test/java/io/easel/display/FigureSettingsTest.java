package io.easel.display;

import io.easel.plot.Format;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureSettingsTest {

    @Test
    void defaultsArePngAndSvgAtScaleTwoAndOwnSize() {
        FigureSettings d = FigureSettings.defaults();
        assertEquals(List.of(Format.PNG, Format.SVG), d.formats());
        assertEquals(2, d.scale());
        assertTrue(d.ownSize());
        assertEquals(1024 * 1024, d.maxSvgBytes());
        assertEquals("formats=png,svg size=auto scale=2 max-svg=1MB", d.describe());
    }

    @Test
    void describeUsesTheSyntaxOfTheMagic() {
        FigureSettings s = FigureSettings.defaults().withFormats(List.of(Format.SVG, Format.PDF, Format.JPEG))
                .withSize(800, 500).withScale(1.5).withMaxSvgBytes(FigureSettings.NO_SVG_LIMIT);
        assertEquals("formats=svg,pdf,jpg size=800x500 scale=1.5 max-svg=none", s.describe());
        assertEquals(s, FiguresMagic.apply(FigureSettings.defaults(), List.of(s.describe().split(" "))));
    }

    @Test
    void duplicateFormatsCollapseInOrder() {
        FigureSettings s = FigureSettings.defaults().withFormats(List.of(Format.SVG, Format.PNG, Format.SVG));
        assertEquals(List.of(Format.SVG, Format.PNG), s.formats());
    }

    @Test
    void epsIsRefusedPointingToExport() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FigureSettings.defaults().withFormats(List.of(Format.PNG, Format.EPS)));
        assertTrue(e.getMessage().contains("%export"), e.getMessage());
        assertTrue(e.getMessage().contains("png, jpeg, webp, svg, pdf"), e.getMessage());
    }

    @Test
    void everyBadValueIsNamed() {
        FigureSettings d = FigureSettings.defaults();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withFormats(List.of()))
                .getMessage().contains("at least one"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withScale(0)).getMessage().contains("scale"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withScale(Double.NaN))
                .getMessage().contains("scale"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withScale(11)).getMessage().contains("10"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withSize(800, 0))
                .getMessage().contains("both"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withSize(20000, 100))
                .getMessage().contains("width"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withSize(100, 0.5))
                .getMessage().contains("height"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withMaxSvgBytes(0))
                .getMessage().contains("max-svg"));
    }

    @Test
    void settingsAreValuesAndWithersLeaveTheOriginal() {
        FigureSettings d = FigureSettings.defaults();
        FigureSettings changed = d.withScale(1);
        assertEquals(2, d.scale());
        assertEquals(1, changed.scale());
    }
}
