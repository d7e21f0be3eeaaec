package io.easel.rendermanager;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A figure too heavy for the renderer's heap, for real: a small -Xmx and a million unsampled points. */
class OutOfMemoryTest {
    @Test
    void aRendererThatRunsOutOfHeapIsReportedAsSuchWithTheHeapAndTheSettingToRaise() throws Exception {
        RendererSettings settings = TestRenderer.settings("out-of-memory").toBuilder().warmup(false).heap("96m")
                .requestTimeout(Duration.ofSeconds(60)).build();
        try (RendererManager manager = new RendererManager(settings)) {
            long pid = manager.start().join().pid();
            RenderFailedException e = assertThrows(RenderFailedException.class, () -> manager.renderBlocking(
                    TestRenderer.slowScatterSpec(1_000_000, "a million points"), 800, 600,
                    List.of(OutputRequest.of(Format.SVG))));
            assertEquals(FigureErrorKind.CRASHED, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("code 3"), e.getMessage());
            assertTrue(e.getMessage().contains("ran out of memory (heap 96m)"), e.getMessage());
            assertTrue(e.getMessage().contains("raise EASEL_RENDERER_HEAP"), e.getMessage());
            assertTrue(e.getMessage().contains("draw fewer points"), e.getMessage());

            List<RenderedImage> images = manager.renderBlocking(TestRenderer.lineSpec(20, "after"), 100, 100,
                    List.of(OutputRequest.of(Format.PNG)));
            assertEquals(1, images.size());
            assertNotEquals(pid, manager.status().pid());
        }
    }
}
