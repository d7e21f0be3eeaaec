package io.easel.rendermanager;

import io.easel.protocol.ImageFormat;
import io.easel.protocol.OutputRequest;
import io.easel.protocol.RenderedImage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A figure too heavy for the renderer's heap, for real: a small -Xmx and a million unsampled points. */
class OutOfMemoryTest {
    @Test
    void aRendererThatRunsOutOfHeapIsReportedAsSuchWithTheHeapAndTheSettingToRaise() throws Exception {
        RendererSettings settings = TestRenderer.settings("out-of-memory").withWarmup(false).withHeap("96m")
                .withRequestTimeout(Duration.ofSeconds(60));
        try (RendererManager manager = new RendererManager(settings)) {
            long pid = manager.start().join().pid();
            RenderFailedException e = assertThrows(RenderFailedException.class, () -> manager.renderBlocking(
                    TestRenderer.scatterSpec(1_000_000, "a million points"), 800, 600,
                    List.of(OutputRequest.of(ImageFormat.SVG))));
            assertEquals(RenderFailedException.CRASHED, e.type(), e.getMessage());
            assertTrue(e.getMessage().contains("code 3"), e.getMessage());
            assertTrue(e.getMessage().contains("ran out of memory (heap 96m)"), e.getMessage());
            assertTrue(e.getMessage().contains("raise EASEL_RENDERER_HEAP"), e.getMessage());
            assertTrue(e.getMessage().contains("draw fewer points"), e.getMessage());

            List<RenderedImage> images = manager.renderBlocking(TestRenderer.lineSpec(20, "after"), 100, 100,
                    List.of(OutputRequest.of(ImageFormat.PNG)));
            assertEquals(1, images.size());
            assertNotEquals(pid, manager.status().pid());
        }
    }
}
