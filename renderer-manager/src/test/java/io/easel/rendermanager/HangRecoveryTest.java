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

class HangRecoveryTest {
    /** SIGSTOP: the renderer can no longer answer anything; the manager must kill and replace it. */
    @Test
    void stoppedRendererIsKilledAtTheTimeoutAndReplaced() throws Exception {
        RendererSettings settings = TestRenderer.settings("hang").toBuilder().warmup(false)
                .requestTimeout(Duration.ofSeconds(2)).build();
        long pid = 0;
        try (RendererManager manager = new RendererManager(settings)) {
            pid = manager.start().join().pid();
            TestRenderer.signal(pid, "STOP");
            CompletableFuture<List<RenderedImage>> hung = manager.render(TestRenderer.lineSpec(10, "hung"), 100, 100,
                    List.of(OutputRequest.of(Format.PNG)));
            ExecutionException e = assertThrows(ExecutionException.class, () -> hung.get(60, TimeUnit.SECONDS));
            RenderFailedException failure = (RenderFailedException) e.getCause();
            assertEquals(FigureErrorKind.TIMEOUT, failure.kind());
            assertTrue(failure.getMessage().contains("killed as hung"), failure.getMessage());
            assertTrue(failure.getMessage().contains("easel.renderer.timeout"), failure.getMessage());
            assertTrue(TestRenderer.awaitGone(pid, Duration.ofSeconds(5)), "the hung renderer was not killed");

            List<RenderedImage> next = manager.renderBlocking(TestRenderer.lineSpec(10, "recovered"), 100, 100,
                    List.of(OutputRequest.of(Format.PNG)));
            assertEquals(1, next.size());
            assertNotEquals(pid, manager.status().pid());
        } finally {
            if (pid > 0 && TestRenderer.isAlive(pid)) {
                TestRenderer.signal(pid, "CONT");
                TestRenderer.signal(pid, "KILL");
            }
        }
    }

    /** A figure slower than its timeout gets a timeout answer from the renderer, which stays up. */
    @Test
    void slowFigureTimesOutInsideTheRendererWhichKeepsServing() throws Exception {
        RendererSettings settings = TestRenderer.settings("slow").toBuilder().warmup(false)
                .requestTimeout(Duration.ofMillis(100)).build();
        try (RendererManager manager = new RendererManager(settings)) {
            long pid = manager.start().join().pid();
            RenderFailedException failure = assertThrows(RenderFailedException.class, () -> manager.renderBlocking(
                    TestRenderer.slowScatterSpec(200_000, "too slow"), 1600, 1200, List.of(OutputRequest.of(Format.PNG, 2))));
            assertEquals(FigureErrorKind.TIMEOUT, failure.kind());
            assertTrue(failure.getMessage().contains("took longer than 0.1 s"), failure.getMessage());
            assertEquals(pid, manager.status().pid(), "the renderer answered, so it is kept");
            assertTrue(TestRenderer.isAlive(pid));
            assertTrue(manager.ping().toMillis() < 60_000);
        }
    }
}
