package io.easel.display;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.Format;
import io.easel.plot.Plot;
import io.easel.plot.spi.OutputRequest;
import io.easel.rendermanager.RendererManager;
import io.easel.rendermanager.RendererSettings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManagedImageSourceTest {

    @TempDir
    Path dir;

    @Test
    void aRendererThatCannotStartBecomesAReadableFigureError() {
        // no renderer classpath configured: the manager refuses to start and says how to configure it
        try (RendererManager manager = new RendererManager(RendererSettings.defaults()
                .toBuilder().logFile(dir.resolve("r.log")).build())) {
            ManagedImageSource source = new ManagedImageSource(() -> manager);
            FigureRenderException e = assertThrows(FigureRenderException.class, () -> source.render(
                    Plot.line(new double[] {1, 2}, new double[] {2, 1}).toSpec(), 600, 400,
                    List.of(OutputRequest.of(Format.PNG, 2))));
            assertEquals(FigureErrorKind.START_FAILED, e.kind());
            assertTrue(e.getMessage().startsWith("The figure could not be rendered (start_failed): "), e.getMessage());
            assertTrue(e.getMessage().contains("EASEL_RENDERER_CLASSPATH"), e.getMessage());
            assertTrue(e.getMessage().contains("%renderer log"), e.getMessage());
        }
        assertEquals(0, ProcessHandle.current().descendants().count());
    }

    /**
     * A cell interrupted while its figure waits for the renderer (here one that never reports ready) reads as an
     * interrupt, not as a failed figure, and the cell's thread keeps its interrupt flag.
     */
    @Test
    void anInterruptedWaitReadsAsAnInterruptAndKeepsTheFlag() throws Exception {
        Path java = dir.resolve("never-ready-java");
        Files.writeString(java, "#!/bin/sh\nexec sleep 3\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        Path jars = Files.createDirectories(dir.resolve("jars"));
        Files.createFile(jars.resolve("renderer.jar"));
        try (RendererManager manager = new RendererManager(RendererSettings.defaults().toBuilder()
                .javaBinary(java).classpath(jars + "/*").classDataSharing(false).warmup(false)
                .logFile(dir.resolve("r.log")).build())) {
            ManagedImageSource source = new ManagedImageSource(() -> manager);
            AtomicReference<FigureRenderException> thrown = new AtomicReference<>();
            AtomicBoolean flagKept = new AtomicBoolean();
            Thread cell = new Thread(() -> {
                try {
                    source.render(Plot.line(new double[] {1, 2}, new double[] {2, 1}).toSpec(), 600, 400,
                            List.of(OutputRequest.of(Format.PNG, 2)));
                } catch (FigureRenderException e) {
                    thrown.set(e);
                    flagKept.set(Thread.currentThread().isInterrupted());
                }
            }, "cell");
            cell.start();
            Thread.sleep(300);
            cell.interrupt();
            cell.join(5_000);

            FigureRenderException e = thrown.get();
            assertNotNull(e, "render returned although its wait was interrupted");
            assertEquals(FigureErrorKind.INTERRUPTED, e.kind());
            assertTrue(e.getMessage().startsWith("Interrupted: "), e.getMessage());
            assertFalse(e.getMessage().contains("could not be rendered"), e.getMessage());
            assertTrue(flagKept.get(), "the kernel tells an interrupt by the thread's flag");
        }
        assertEquals(0, ProcessHandle.current().descendants().count());
    }
}
