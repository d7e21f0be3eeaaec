package io.easel.display;

import io.easel.plot.Figure;
import io.easel.plot.FigureErrorKind;
import io.easel.plot.Format;
import io.easel.plot.Plot;
import io.easel.plot.spi.OutputRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** %export with the renderer process replaced by a recording source; the files are real. */
class ExportMagicTest {

    @TempDir
    Path dir;

    private final Figure figure = Plot.scatter(new double[] {1, 2}, new double[] {2, 1});
    private final RecordingImageSource source = new RecordingImageSource();
    private final AtomicReference<FigureSettings> settings = new AtomicReference<>(FigureSettings.defaults());
    private final LastFigure last = new LastFigure();
    private final ExportMagic magic = new ExportMagic(source, settings, last);

    private String path(String name) {
        return dir.resolve(name).toString();
    }

    private String read(String name) throws Exception {
        return Files.readString(dir.resolve(name), StandardCharsets.ISO_8859_1);
    }

    @Test
    void severalPathsShareOneRenderAndEachFileIsWritten() throws Exception {
        last.shown(figure);
        String out = FiguresMagicTest.captureOut(() -> magic.eval(null,
                List.of(path("a.png"), path("b.svg"), path("c.jpeg"), path("d.jpg"), path("e.pdf"))));

        assertEquals(1, source.calls.size());
        assertEquals(List.of(Format.PNG, Format.SVG, Format.JPEG, Format.PDF),
                source.calls.get(0).outputs().stream().map(OutputRequest::format).toList());
        assertEquals("png 1200x800", read("a.png"));
        assertTrue(read("b.svg").startsWith("<svg"));
        assertEquals("jpeg 1200x800", read("c.jpeg"));
        assertEquals(read("c.jpeg"), read("d.jpg"));
        assertEquals("pdf 600x400", read("e.pdf"));
        assertTrue(out.contains("Wrote " + path("a.png") + " (1200x800 px, 12 bytes)"), out);
        assertTrue(out.contains("Wrote " + path("e.pdf") + " (600x400 CSS px, 11 bytes)"), out);
        assertEquals(5, out.strip().split("\n").length, out);
    }

    @Test
    void optionsOverrideSizeAndScale() {
        last.shown(figure);
        List<String> lines = magic.export(figure, ExportArguments.parse(
                List.of(path("x.webp"), "--width", "300", "--height", "200", "--scale", "3")).orElseThrow());
        RecordingImageSource.Call call = source.calls.get(0);
        assertEquals(300, call.width());
        assertEquals(200, call.height());
        assertEquals(3, call.outputs().get(0).scale());
        assertEquals(List.of("Wrote " + path("x.webp") + " (900x600 px, 12 bytes)"), lines);
    }

    @Test
    void defaultsFollowTheFiguresSettings() {
        settings.set(settings.get().withSize(800, 500).withScale(1));
        magic.export(figure, ExportArguments.parse(List.of(path("x.png"))).orElseThrow());
        RecordingImageSource.Call call = source.calls.get(0);
        assertEquals(800, call.width());
        assertEquals(1, call.outputs().get(0).scale());
    }

    @Test
    void nothingShownYetIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> magic.eval(null, List.of(path("a.png"))));
        assertTrue(e.getMessage().contains("no figure has been shown yet"), e.getMessage());
        assertTrue(source.calls.isEmpty());
    }

    @Test
    void anUnknownExtensionListsTheSupportedOnesBeforeAnythingIsRendered() {
        last.shown(figure);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> magic.eval(null, List.of(path("a.png"), path("b.bmp"))));
        assertTrue(e.getMessage().contains("png, jpg, jpeg, webp, svg, pdf, eps"), e.getMessage());
        assertTrue(source.calls.isEmpty());
        assertFalse(Files.exists(dir.resolve("a.png")), "no file is written when one path is wrong");
    }

    @Test
    void anUnwritablePathIsRefusedBeforeRendering() throws Exception {
        last.shown(figure);
        Files.writeString(dir.resolve("plain-file"), "not a folder");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> magic.eval(null, List.of(path("no-such-folder/a.png"))));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        IllegalArgumentException underFile = assertThrows(IllegalArgumentException.class,
                () -> magic.eval(null, List.of(path("plain-file/a.png"))));
        assertTrue(underFile.getMessage().contains("is a file, not a folder"), underFile.getMessage());
        Files.createDirectory(dir.resolve("folder.png"));
        IllegalArgumentException folder = assertThrows(IllegalArgumentException.class,
                () -> magic.eval(null, List.of(path("b.png"), path("folder.png"))));
        assertTrue(folder.getMessage().startsWith("cannot write " + path("folder.png") + ": that is a folder. "),
                folder.getMessage());
        assertTrue(source.calls.isEmpty());
        assertFalse(Files.exists(dir.resolve("b.png")), "no file is written when one path is wrong");
    }

    @Test
    void aWriteThatFailsHalfwayNamesThePathAsTypedAndKeepsTheOldFile() throws Exception {
        last.shown(figure);
        Files.writeString(dir.resolve("kept.png"), "old");
        // An interrupt (the user stopping the cell) makes the write to the temporary file fail.
        Thread.currentThread().interrupt();
        IllegalArgumentException e;
        try {
            e = assertThrows(IllegalArgumentException.class, () -> magic.eval(null, List.of(path("kept.png"))));
        } finally {
            Thread.interrupted();
        }
        assertTrue(e.getMessage().startsWith("cannot write " + path("kept.png") + ": the write was interrupted"),
                e.getMessage());
        assertEquals("old", read("kept.png"));
        assertEquals(1, dir.toFile().list().length, "no temporary file is left");
    }

    @Test
    void aRendererFailureWritesNothing() {
        last.shown(figure);
        source.failingWith(new FigureRenderException(FigureErrorKind.CRASHED, "The figure could not be rendered (crashed): exit 137"));
        assertThrows(FigureRenderException.class, () -> magic.eval(null, List.of(path("a.png"))));
        assertFalse(Files.exists(dir.resolve("a.png")));
        assertEquals(0, dir.toFile().list().length, "no temporary file is left either");
    }

    @Test
    void tildeMeansTheHomeFolder() {
        assertEquals(Path.of(System.getProperty("user.home"), "plots", "a.png"), ExportMagic.resolve("~/plots/a.png"));
        assertEquals(Path.of("rel", "a.png"), ExportMagic.resolve("rel/a.png"));
    }
}
