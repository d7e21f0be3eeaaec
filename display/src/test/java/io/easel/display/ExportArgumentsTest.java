package io.easel.display;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.util.List;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportArgumentsTest {

    private static ExportArguments parse(String... args) {
        return ExportArguments.parse(List.of(args)).orElseThrow();
    }

    private static ParameterException fails(String... args) {
        return assertThrows(ParameterException.class, () -> parse(args));
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
    void optionsInBothSpellingsAnyPlaceAndAnyCase() {
        ExportArguments a = parse("--width", "800", "fig", "out.png", "--height=500", "--SCALE", "1.5");
        assertEquals("fig", a.figureName());
        assertEquals(OptionalDouble.of(800), a.width());
        assertEquals(OptionalDouble.of(500), a.height());
        assertEquals(OptionalDouble.of(1.5), a.scale());
    }

    @Test
    void aRepeatedOptionKeepsItsLastValue() {
        assertEquals(OptionalDouble.of(3), parse("out.png", "--scale", "1", "--scale=3").scale());
    }

    @Test
    void helpIsShownInsteadOfExporting() throws Exception {
        String[] shown = new String[1];
        String out = FiguresMagicTest.captureOut(() -> shown[0] = String.valueOf(ExportArguments.parse(
                List.of("out.png", "--help")).isPresent()));
        assertEquals("false", shown[0]);
        assertTrue(out.startsWith("Usage: %export [figure] path... [--width W]"), out);
        assertTrue(out.contains("--scale=S") && out.contains("pixels per CSS pixel"), out);
    }

    @Test
    void mistakesSayWhatIsExpected() {
        assertTrue(fails().getMessage().contains("give the file to write"));
        assertTrue(fails("fig").getMessage().contains("'fig' has no file extension"));
        MissingParameterException noValue = assertInstanceOf(MissingParameterException.class,
                fails("out.png", "--width"));
        assertEquals("--width", ((OptionSpec) noValue.getMissing().get(0)).longestName());
        assertTrue(fails("out.png", "--width", "wide").getMessage().contains("expects a number"));
        assertTrue(fails("out.png", "--scale=NaN").getMessage().contains("expects a number"));
        UnmatchedArgumentException unknown = assertInstanceOf(UnmatchedArgumentException.class,
                fails("out.png", "--dpi", "300"));
        assertEquals(List.of("--dpi"), unknown.getUnmatched());
        assertEquals(List.of("--width"), assertInstanceOf(UnmatchedArgumentException.class,
                fails("out.png", "--widht=800")).getSuggestions());
    }
}
