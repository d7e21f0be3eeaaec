package io.easel.rendermanager;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** kill -9 of the renderer in the middle of a request. */
class CrashRecoveryTest {
    @Test
    void killedRendererFailsInFlightRequestsWithExitCodeAndStderrThenNextRequestStartsAFreshOne() throws Exception {
        try (RendererManager manager = new RendererManager(TestRenderer.settings("crash").toBuilder()
                .warmup(false).build())) {
            long pid = manager.start().join().pid();
            // a big scatter at high resolution keeps the renderer busy for a good while
            CompletableFuture<List<RenderedImage>> inFlight = manager.render(TestRenderer.slowScatterSpec(200_000, "slow"),
                    1600, 1200, List.of(OutputRequest.of(Format.PNG, 2)));
            Thread.sleep(300);
            assertFalse(inFlight.isDone(), "the request must still be in flight when the renderer dies");
            assertEquals("busy", manager.status().state());
            TestRenderer.signal(pid, "KILL");

            ExecutionException e = assertThrows(ExecutionException.class, () -> inFlight.get(30, TimeUnit.SECONDS));
            RenderFailedException failure = (RenderFailedException) e.getCause();
            assertEquals(FigureErrorKind.CRASHED, failure.kind());
            assertTrue(failure.getMessage().contains("code 137"), failure.getMessage());
            assertTrue(failure.getMessage().contains("SIGKILL"), failure.getMessage());
            assertTrue(failure.getMessage().contains("stderr"), failure.getMessage());
            assertTrue(failure.getMessage().contains("listening on 127.0.0.1"),
                    "quotes the renderer's own stderr lines: " + failure.getMessage());
            assertTrue(failure.getMessage().contains(manager.logFile().toString()), failure.getMessage());
            assertEquals("failed", manager.status().state());
            assertEquals(0, manager.status().pid());

            List<RenderedImage> next = manager.renderBlocking(TestRenderer.lineSpec(100, "after the crash"), 200, 100,
                    List.of(OutputRequest.of(Format.PNG)));
            assertEquals(Format.PNG, next.get(0).format());
            long newPid = manager.status().pid();
            assertNotEquals(pid, newPid);
            assertTrue(TestRenderer.isAlive(newPid));
            assertEquals(2, manager.status().launches());
        }
    }

    @Test
    void rendererKilledWhileIdleIsReplacedOnTheNextRequest() throws Exception {
        try (RendererManager manager = new RendererManager(TestRenderer.settings("crash-idle").toBuilder()
                .warmup(false).build())) {
            long pid = manager.start().join().pid();
            TestRenderer.signal(pid, "KILL");
            assertTrue(TestRenderer.awaitGone(pid, Duration.ofSeconds(5)));
            List<RenderedImage> images = manager.renderBlocking(TestRenderer.lineSpec(10, "fresh"), 100, 100,
                    List.of(OutputRequest.of(Format.SVG)));
            assertEquals(1, images.size());
            assertNotEquals(pid, manager.status().pid());
        }
    }
}
