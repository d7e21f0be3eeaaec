package io.easel.rendermanager;

import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recycling with real renderer processes: figures keep coming while a fresh renderer replaces the old one. */
class RecycleRealRendererTest {
    private static final List<OutputRequest> SVG = List.of(OutputRequest.of(Format.SVG));

    @Test
    void aRendererPastItsCountIsReplacedBetweenFiguresAndNoFigureFails() throws Exception {
        RendererSettings settings = TestRenderer.settings("recycle").toBuilder()
                .warmup(false).recycleAfterRenders(3).recycleRssBytes(0).build();
        try (RendererManager manager = new RendererManager(settings)) {
            for (int i = 0; i < 3; i++) {
                manager.renderBlocking(TestRenderer.lineSpec(10, "first " + i), 100, 100, SVG);
            }
            long first = manager.status().pid();
            // figures go on while the fresh renderer starts: they are served by the old one until the swap
            List<CompletableFuture<List<RenderedImage>>> during = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (manager.status().pid() == first && System.nanoTime() < deadline) {
                during.add(manager.render(TestRenderer.lineSpec(10, "during"), 100, 100, SVG));
                during.get(during.size() - 1).get(30, TimeUnit.SECONDS);
            }
            long second = manager.status().pid();
            assertNotEquals(first, second, "a fresh renderer took over");
            for (CompletableFuture<List<RenderedImage>> figure : during) {
                assertEquals(Format.SVG, figure.get().get(0).format());
            }
            assertTrue(TestRenderer.awaitGone(first, Duration.ofSeconds(15)), "the old renderer exited");
            assertEquals(Format.SVG, manager.renderBlocking(TestRenderer.lineSpec(10, "after"), 100, 100, SVG)
                    .get(0).format());
            assertEquals(0, manager.status().errors());
            assertEquals(2, manager.status().launches());
        }
    }
}
