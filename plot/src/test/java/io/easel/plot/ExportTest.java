package io.easel.plot;

import io.easel.plot.spi.FigureRenderer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ExportTest {

    @TempDir
    Path dir;

    private static Figure figure(String title) {
        return Plot.line(new double[]{1, 2}, new double[]{3, 4}).title(title);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void toBytesUsesTheRegisteredRendererAtTheFiguresOwnSize() {
        assertInstanceOf(RecordingRenderer.class, FigureRenderers.get());
        assertEquals("PNG 600.0x400.0 @1.0 ggsize={width=600.0, height=400.0} title=ok",
                text(figure("ok").toBytes(Format.PNG)));
        Map<?, ?> data = (Map<?, ?>) RecordingRenderer.lastSpec.get("data");
        assertArrayEquals(new double[]{3, 4}, (double[]) data.get("y"));
    }

    @Test
    void zeroSidesOfTheOptionsTakeTheFigureSize() {
        Figure figure = figure("sized").size(500, 250);
        assertEquals("SVG 500.0x300.0 @2.0 ggsize={width=500.0, height=250.0} title=sized",
                text(figure.toBytes(Format.SVG, new ExportOptions(0, 300, 2))));
        assertEquals(new ExportOptions(500, 300, 2), RecordingRenderer.lastOptions);
        assertEquals(Map.of("width", 500.0, "height", 250.0), figure.toSpec().get("ggsize"));
    }

    @Test
    void saveChoosesTheFormatFromTheExtensionAndLeavesOnlyTheFile() throws IOException {
        Path target = dir.resolve("figure.jpeg");
        assertSame(target, figure("saved").save(target));
        assertTrue(text(Files.readAllBytes(target)).startsWith("JPEG 600.0x400.0 @1.0"));
        figure("scaled").save(dir.resolve("figure.webp"), ExportOptions.scaled(2));
        assertTrue(text(Files.readAllBytes(dir.resolve("figure.webp"))).startsWith("WEBP 600.0x400.0 @2.0"));
        assertEquals(List.of("figure.jpeg", "figure.webp"), files());
    }

    @Test
    void saveReplacesAnExistingFile() throws IOException {
        Path target = dir.resolve("plot.pdf");
        Files.writeString(target, "old contents that are longer than the new ones will be, to be sure ".repeat(5));
        figure("new").save(target);
        assertEquals("PDF 600.0x400.0 @1.0 ggsize={width=600.0, height=400.0} title=new",
                Files.readString(target));
        assertEquals(List.of("plot.pdf"), files());
    }

    @Test
    void aFailingRenderLeavesNoFileAndKeepsAnOldOne() throws IOException {
        FigureExportException e = assertThrows(FigureExportException.class,
                () -> figure("fail checked").save(dir.resolve("new.png")));
        assertEquals("Rendering the figure as PNG failed: renderer said no", e.getMessage());
        assertEquals("renderer said no", e.getCause().getMessage());
        assertEquals(FigureErrorKind.INTERNAL, e.kind());
        assertEquals(List.of(), files());

        Path existing = dir.resolve("keep.svg");
        Files.writeString(existing, "previous");
        assertThrows(FigureExportException.class, () -> figure("fail checked").save(existing));
        assertEquals("previous", Files.readString(existing));
        assertEquals(List.of("keep.svg"), files());
    }

    @Test
    void rendererRuntimeFailuresPassThroughUnchanged() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> figure("fail runtime").toBytes(Format.PNG));
        assertEquals("renderer crashed (exit 137)", e.getMessage());
    }

    @Test
    void emptyOrInterruptedRendersFailClearly() {
        assertEquals("The figure renderer returned no bytes for EPS; see the renderer's log for the cause.",
                assertThrows(FigureExportException.class, () -> figure("empty").toBytes(Format.EPS)).getMessage());
        try {
            FigureExportException e = assertThrows(FigureExportException.class,
                    () -> figure("interrupt").toBytes(Format.PNG));
            assertEquals("Rendering the figure as PNG was interrupted.", e.getMessage());
            assertEquals(FigureErrorKind.INTERRUPTED, e.kind());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt flag must be restored");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void pathMistakesFailBeforeAnythingIsRendered() throws IOException {
        int calls = RecordingRenderer.CALLS.get();
        IllegalArgumentException extension = assertThrows(IllegalArgumentException.class,
                () -> figure("x").save(dir.resolve("figure.gif")));
        assertTrue(extension.getMessage().contains("extension 'gif' is not supported"), extension.getMessage());
        assertEquals(calls, RecordingRenderer.CALLS.get());

        Path missing = dir.resolve("no-such-folder").resolve("f.png");
        UncheckedIOException folder = assertThrows(UncheckedIOException.class, () -> figure("x").save(missing));
        assertEquals("Cannot save the figure to " + missing + ": the folder " + missing.getParent()
                + " does not exist. Create it first.", folder.getCause().getMessage());

        Path directory = Files.createDirectory(dir.resolve("looks-like.png"));
        UncheckedIOException isDir = assertThrows(UncheckedIOException.class, () -> figure("x").save(directory));
        assertTrue(isDir.getCause().getMessage().contains(": that is a folder. Give a file name such as "),
                isDir.getCause().getMessage());
        assertEquals(List.of("looks-like.png"), files());
        assertEquals(calls, RecordingRenderer.CALLS.get());
    }

    @Test
    void anUnwritableFolderFailsWithThePathAndLeavesNothing() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(locked), "running as a user who can write anywhere (root)");
            Path target = locked.resolve("f.png");
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> figure("x").save(target));
            assertTrue(e.getMessage().startsWith("Cannot save the figure to " + target + ": "), e.getMessage());
            try (Stream<Path> listing = Files.list(locked)) {
                assertEquals(0, listing.count());
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFileNameTheFileSystemRefusesFailsWithThePathAndLeavesNothing() throws IOException {
        Path target = dir.resolve("f".repeat(300) + ".png");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> figure("x").save(target));
        assertTrue(e.getMessage().startsWith("Cannot save the figure to " + target + ": "), e.getMessage());
        assertEquals(List.of(), files());
    }

    @Test
    void longButValidFileNamesSave() throws IOException {
        Path target = dir.resolve("g".repeat(240) + ".svg");
        figure("long").save(target);
        assertEquals(List.of(target.getFileName().toString()), files());
    }

    @Test
    void savedFilesGetTheUsualPermissionsNotTempFileOnes() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Path saved = figure("perm").save(dir.resolve("perm.png"));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        assertEquals(expected, Files.getPosixFilePermissions(saved));
    }

    @Test
    void writeToWritesTheBytesAndLeavesTheStreamOpen() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        figure("stream").writeTo(out, Format.SVG);
        figure("stream").writeTo(out, Format.PNG, ExportOptions.size(10, 20));
        assertEquals("SVG 600.0x400.0 @1.0 ggsize={width=600.0, height=400.0} title=stream"
                + "PNG 10.0x20.0 @1.0 ggsize={width=600.0, height=400.0} title=stream", out.toString(StandardCharsets.UTF_8));
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("pipe closed");
            }
        };
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> figure("stream").writeTo(broken, Format.SVG));
        assertEquals("Cannot write the figure as SVG: pipe closed", e.getMessage());
    }

    @Test
    void withoutARendererTheMessageSaysWhatToAdd() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FigureRenderers.lookup(ClassLoader.getPlatformClassLoader(), null));
        assertEquals("No figure renderer is available: put easel-renderer-manager on the classpath "
                + "(the Easel kernel does this for you).", e.getMessage());
    }

    @Test
    void aBrokenRegistrationIsReportedAsSuch() throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve(FigureRenderer.class.getName()), "no.such.Renderer\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[]{dir.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> FigureRenderers.lookup(loader));
            assertTrue(e.getMessage().startsWith("A figure renderer is registered but could not be loaded: "),
                    e.getMessage());
            assertTrue(e.getMessage().contains("no.such.Renderer"), e.getMessage());
            assertNotNull(e.getCause());
        }
        assertFalse(FigureRenderers.lookup(FigureRenderer.class.getClassLoader()) == null);
    }
}
