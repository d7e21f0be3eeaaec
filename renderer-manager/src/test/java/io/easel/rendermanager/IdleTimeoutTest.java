package io.easel.rendermanager;

import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class IdleTimeoutTest {
    @Test
    void idleRendererStopsAndTheNextRequestStartsItAgain() throws Exception {
        RendererSettings settings = TestRenderer.settings("idle").toBuilder()
                .warmup(false).idleTimeout(Duration.ofSeconds(1)).build();
        try (RendererManager manager = new RendererManager(settings)) {
            manager.renderBlocking(TestRenderer.lineSpec(10, "before idle"), 100, 100,
                    List.of(OutputRequest.of(Format.SVG)));
            long pid = manager.status().pid();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!manager.status().state().equals("stopped") && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertEquals("stopped", manager.status().state());
            assertTrue(TestRenderer.awaitGone(pid, Duration.ofSeconds(5)));

            manager.renderBlocking(TestRenderer.lineSpec(10, "after idle"), 100, 100,
                    List.of(OutputRequest.of(Format.SVG)));
            assertNotEquals(pid, manager.status().pid());
            assertEquals(2, manager.status().launches());
        }
    }

    @Test
    void idleTimeoutIsOffByDefault() {
        assertEquals(Duration.ZERO, RendererSettings.defaults().idleTimeout());
    }
}
