package io.easel.display;

import io.easel.plot.Format;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParameterException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FiguresMagicTest {

    private static final FigureSettings D = FigureSettings.defaults();

    private static FigureSettings apply(FigureSettings current, List<String> args) {
        return FiguresMagic.apply(current, FigureSettings.defaults(), args).orElseThrow();
    }

    /** What a bad setting's ParameterException says: its cause's message, which the kernel shows. */
    private static String fails(String... args) {
        ParameterException e = assertThrows(ParameterException.class, () -> apply(D, List.of(args)));
        return assertInstanceOf(IllegalArgumentException.class, e.getCause()).getMessage();
    }

    @Test
    void formatsAcceptExtensionsAndAliases() {
        assertEquals(List.of(Format.PNG, Format.SVG, Format.PDF),
                apply(D, List.of("formats=png,svg,pdf")).formats());
        assertEquals(List.of(Format.JPEG, Format.WEBP), apply(D, List.of("formats=JPG,webp")).formats());
        assertEquals(List.of(Format.PDF), apply(D, List.of("format=pdf")).formats());
    }

    @Test
    void sizeScaleAndLimit() {
        FigureSettings s = apply(D, List.of("size=800x500", "scale=1", "max-svg=2MB"));
        assertEquals(800, s.width());
        assertEquals(500, s.height());
        assertEquals(1, s.scale());
        assertEquals(2 * 1024 * 1024, s.maxSvgBytes());
        assertTrue(apply(s, List.of("size=auto")).ownSize());
        assertEquals(FigureSettings.NO_SVG_LIMIT, apply(s, List.of("max-svg=none")).maxSvgBytes());
        assertEquals(D, apply(s, List.of("reset")));
    }

    @Test
    void keysInAnyCaseAndOptionsAreNotSettings() {
        assertEquals(3, apply(D, List.of("SCALE=3")).scale());
        assertTrue(fails("--scale=3").contains("without dashes: scale=3"));
    }

    @Test
    void helpListsTheSettingsAndChangesNothing() throws Exception {
        AtomicReference<FigureSettings> settings = new AtomicReference<>(D);
        String help = captureOut(() -> new FiguresMagic(settings, D).eval(null, List.of("scale=3", "--help")));
        assertTrue(help.startsWith("Usage: %figures [formats=png,svg,pdf]"), help);
        assertTrue(help.contains("max-svg, max_svg=BYTES|none") && help.contains("back to the kernel's settings"), help);
        assertSame(D, settings.get());
    }

    @Test
    void laterArgumentsWin() {
        assertEquals(3, apply(D, List.of("scale=1", "scale=3")).scale());
        assertEquals(List.of(Format.SVG), apply(D, List.of("scale=1", "reset", "formats=svg")).formats());
    }

    @Test
    void mistakesSayWhatIsExpected() {
        assertTrue(fails("colour=red").contains("unknown setting 'colour'"));
        assertTrue(fails("png").contains("key=value"));
        assertTrue(fails("formats=").contains("needs a value"));
        assertTrue(fails("formats=png,gif").contains("unknown format 'gif'"));
        assertTrue(fails("formats=eps").contains("%export"));
        assertTrue(fails("size=big").contains("size=800x500"));
        assertTrue(fails("scale=two").contains("not a number"));
        assertTrue(fails("scale=0").contains("scale"));
        assertTrue(fails("max-svg=lots").contains("1MB"));
    }

    @Test
    void printsTheSettingsAndChangesThemOnlyWhenAllArgumentsAreGood() throws Exception {
        AtomicReference<FigureSettings> settings = new AtomicReference<>(D);
        FiguresMagic magic = new FiguresMagic(settings, D);

        String shown = captureOut(() -> magic.eval(null, List.of()));
        assertTrue(shown.startsWith("Figures: formats=png,svg,pdf size=auto scale=2 max-svg=1MB"), shown);
        assertTrue(shown.contains("Change with: %figures"), shown);

        String changed = captureOut(() -> magic.eval(null, List.of("formats=png,svg", "scale=1")));
        assertEquals("Figures: formats=png,svg size=auto scale=1 max-svg=1MB", changed.strip());
        FigureSettings before = settings.get();

        assertThrows(ParameterException.class, () -> magic.eval(null, List.of("scale=3", "size=oops")));
        assertSame(before, settings.get());
    }

    @Test
    void resetReturnsToTheKernelWideSettingsNotTheBuiltInOnes() throws Exception {
        FigureSettings kernel = D.withFormats(List.of(Format.PNG));
        AtomicReference<FigureSettings> settings = new AtomicReference<>(kernel);
        FiguresMagic magic = new FiguresMagic(settings, kernel);
        captureOut(() -> magic.eval(null, List.of("formats=svg", "scale=1")));
        String reset = captureOut(() -> magic.eval(null, List.of("reset")));
        assertEquals("Figures: formats=png size=auto scale=2 max-svg=1MB", reset.strip());
        assertSame(kernel, settings.get());
    }

    interface Action {
        void run() throws Exception;
    }

    static String captureOut(Action action) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
