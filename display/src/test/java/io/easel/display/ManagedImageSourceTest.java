package io.easel.display;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.Format;
import io.easel.plot.Plot;
import io.easel.plot.spi.OutputRequest;
import io.easel.rendermanager.RendererManager;
import io.easel.rendermanager.RendererSettings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
