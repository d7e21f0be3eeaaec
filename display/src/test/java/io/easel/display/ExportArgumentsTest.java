package io.easel.display;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportArgumentsTest {

    private static ExportArguments parse(String... args) {
        return ExportArguments.parse(List.of(args));
    }

    private static String fails(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> parse(args)).getMessage();
    }

    @Test
    void pathsAloneExportTheLastFigure() {
        ExportArguments a = parse("out.png", "sub dir/chart.pdf");
        assertNull(a.figureName());
        assertEquals(List.of("out.png", "sub dir/chart.pdf"), a.paths());
        assertTrue(a.width().isEmpty() && a.height().isEmpty() && a.scale().isEmpty());
    }

    @Test
    void aLeadingIdentifierNamesTheFigure() {
        ExportArguments a = parse("sales2024", "a.svg", "b.eps");
        assertEquals("sales2024", a.figureName());
        assertEquals(List.of("a.svg", "b.eps"), a.paths());
    }

    @Test
    void optionsInBothSpellingsAndAnyPlace() {
        ExportArguments a = parse("--width", "800", "fig", "out.png", "--height=500", "--scale", "1.5");
        assertEquals("fig", a.figureName());
        assertEquals(OptionalDouble.of(800), a.width());
        assertEquals(OptionalDouble.of(500), a.height());
        assertEquals(OptionalDouble.of(1.5), a.scale());
    }

    @Test
    void mistakesSayWhatIsExpected() {
        assertTrue(fails().contains("give the file to write"));
        assertTrue(fails("fig").contains("'fig' has no file extension"));
        assertTrue(fails("out.png", "--width").contains("--width needs a value"));
        assertTrue(fails("out.png", "--width", "wide").contains("--width expects a number"));
        assertTrue(fails("out.png", "--scale=NaN").contains("--scale expects a number"));
        assertTrue(fails("out.png", "--dpi", "300").contains("unknown option --dpi"));
    }
}
