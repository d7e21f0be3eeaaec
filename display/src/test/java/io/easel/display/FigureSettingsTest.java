package io.easel.display;

import io.easel.plot.Format;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureSettingsTest {

    @Test
    void defaultsArePngSvgAndPdfAtScaleTwoAndOwnSize() {
        FigureSettings d = FigureSettings.defaults();
        assertEquals(List.of(Format.PNG, Format.SVG, Format.PDF), d.formats());
        assertEquals(2, d.scale());
        assertTrue(d.ownSize());
        assertEquals(1024 * 1024, d.maxSvgBytes());
        assertEquals("formats=png,svg,pdf size=auto scale=2 max-svg=1MB", d.describe());
    }

    @Test
    void theEnvironmentSetsTheKernelWideFormats() {
        assertEquals(FigureSettings.defaults(), FigureSettings.fromEnvironment(Map.of()));
        assertEquals(FigureSettings.defaults(), FigureSettings.fromEnvironment(Map.of("EASEL_FIGURE_FORMATS", " ")));
        FigureSettings png = FigureSettings.fromEnvironment(Map.of("EASEL_FIGURE_FORMATS", " png "));
        assertEquals(List.of(Format.PNG), png.formats());
        assertEquals(FigureSettings.defaults().withFormats(List.of(Format.PNG)), png);
        assertEquals(List.of(Format.SVG, Format.PNG), FigureSettings.fromEnvironment(
                Map.of("EASEL_FIGURE_FORMATS", "svg,png")).formats());
        String bad = assertThrows(IllegalArgumentException.class, () -> FigureSettings.fromEnvironment(
                Map.of("EASEL_FIGURE_FORMATS", "png,eps"))).getMessage();
        assertTrue(bad.startsWith("EASEL_FIGURE_FORMATS=png,eps is not usable"), bad);
        assertTrue(bad.contains("%export") && bad.contains("install.py --figure-formats"), bad);
    }

    @Test
    void describeUsesTheSyntaxOfTheMagic() {
        FigureSettings s = FigureSettings.defaults().withFormats(List.of(Format.SVG, Format.PDF, Format.JPEG))
                .withSize(800, 500).withScale(1.5).withMaxSvgBytes(FigureSettings.NO_SVG_LIMIT);
        assertEquals("formats=svg,pdf,jpg size=800x500 scale=1.5 max-svg=none", s.describe());
        assertEquals(s, FiguresMagic.apply(FigureSettings.defaults(), FigureSettings.defaults(),
                List.of(s.describe().split(" "))).orElseThrow());
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
