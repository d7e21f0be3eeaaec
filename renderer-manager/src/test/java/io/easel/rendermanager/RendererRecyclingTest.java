package io.easel.rendermanager;

import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recycling with a fake launcher and clock: a renderer that served its count or passed its memory mark is replaced
 * by a fresh one between figures, and no figure fails or waits for the swap.
 */
class RendererRecyclingTest {
    private static final Map<String, Object> SPEC = Map.of("kind", "plot");
    private static final List<OutputRequest> PNG = List.of(OutputRequest.of(Format.PNG));
    private static final long MB = 1024 * 1024;

    @TempDir
    Path dir;

    private final FakeLauncher launcher = new FakeLauncher();
    private final FakeClock clock = new FakeClock();
    private RendererManager manager;

    private RendererManager manager(long afterRenders, long rssBytes) {
        manager = new RendererManager(RendererSettings.builder().logFile(dir.resolve("renderer.log"))
                .recycleAfterRenders(afterRenders).recycleRssBytes(rssBytes).build(), launcher, clock);
        return manager;
    }

    @AfterEach
    void close() {
        if (manager != null) {
            manager.close();
        }
    }

    /** Sends a figure and waits until the given renderer holds it. */
    private CompletableFuture<List<RenderedImage>> sendTo(FakeRenderer renderer) throws InterruptedException {
        int before = renderer.waiting.size();
        CompletableFuture<List<RenderedImage>> figure = manager.render(SPEC, 600, 400, PNG);
        eventually("the figure reaches renderer " + renderer.pid, () -> renderer.waiting.size() > before);
        return figure;
    }

    /** One figure, answered by the renderer that gets it. */
    private void renderOneOn(FakeRenderer renderer) throws Exception {
        CompletableFuture<List<RenderedImage>> figure = sendTo(renderer);
        renderer.answerAll();
        assertEquals(Format.PNG, figure.get(5, TimeUnit.SECONDS).get(0).format());
    }

    private String log() throws Exception {
        return Files.readString(dir.resolve("renderer.log"));
    }

    private static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never became true: " + what);
            }
            Thread.sleep(5);
        }
    }

    @Test
    void afterItsCountOfFiguresAFreshRendererTakesOverAndTheOldOneIsStopped() throws Exception {
        manager(3, 0);
        manager.start().get(5, TimeUnit.SECONDS);
        FakeRenderer first = launcher.last();
        for (int i = 0; i < 3; i++) {
            renderOneOn(first);
        }
        eventually("a fresh renderer takes over", () -> launcher.launched.size() == 2
                && manager.status().pid() == launcher.last().pid);
        FakeRenderer second = launcher.last();
        eventually("the old renderer is stopped", () -> first.stopped);
        assertFalse(second.isEnding());
        assertEquals("ready", manager.status().state());
        assertEquals(3, manager.status().renders());
        assertEquals(0, manager.status().errors());

        renderOneOn(second);
        assertTrue(first.waiting.isEmpty());
        assertTrue(log().contains("served 3 figures"), log());
        assertTrue(log().contains("took over from pid " + first.pid), log());
    }

    @Test
    void aFigureInFlightWhenTheFreshRendererIsReadyFinishesOnTheOldOneBeforeTheSwap() throws Exception {
        manager(1, 0);
        manager.start().get(5, TimeUnit.SECONDS);
        FakeRenderer first = launcher.last();
        launcher.hold = new CountDownLatch(1);
        renderOneOn(first); // due now; the fresh renderer's launch is held
        eventually("the fresh launch begins", () -> launcher.attempts == 2);

        CompletableFuture<List<RenderedImage>> during = sendTo(first);
        launcher.hold.countDown();
        eventually("the fresh renderer is up", () -> launcher.launched.size() == 2);
        Thread.sleep(50);
        assertEquals(first.pid, manager.status().pid(), "no swap while a figure is in flight");
        assertFalse(first.stopped);

        first.answerAll();
        assertEquals(Format.PNG, during.get(5, TimeUnit.SECONDS).get(0).format());
        FakeRenderer second = launcher.last();
        eventually("the fresh renderer takes over once nothing is in flight",
                () -> manager.status().pid() == second.pid && first.stopped);
        assertEquals(0, manager.status().errors());
    }

    @Test
    void passingTheMemoryMarkRecyclesAfterAQuietMomentNotInTheMiddleOfABurst() throws Exception {
        manager(0, 500 * MB);
        manager.start().get(5, TimeUnit.SECONDS);
        FakeRenderer first = launcher.last();
        first.rss = 700 * MB;
        renderOneOn(first);
        clock.advance(Duration.ofMillis(500));
        renderOneOn(first); // a burst goes on: the check waits for a quiet second after the last figure
        clock.advance(Duration.ofMillis(900));
        Thread.sleep(50);
        assertEquals(1, launcher.attempts, "no recycle inside a burst");

        clock.advance(Duration.ofMillis(200));
        eventually("a fresh renderer takes over", () -> launcher.launched.size() == 2
                && manager.status().pid() == launcher.last().pid && first.stopped);
        assertTrue(log().contains("resident memory is 700 MB, past 500 MB"), log());
    }

    @Test
    void belowTheMemoryMarkNothingHappens() throws Exception {
        manager(0, 500 * MB);
        manager.start().get(5, TimeUnit.SECONDS);
        FakeRenderer first = launcher.last();
        first.rss = 300 * MB;
        renderOneOn(first);
        clock.advance(Duration.ofSeconds(5));
        Thread.sleep(50);
        assertEquals(1, launcher.attempts);
        assertEquals(first.pid, manager.status().pid());
    }

    @Test
    void aMarkBelowAFreshRenderersFootprintTurnsMemoryRecyclingOffWithANote() throws Exception {
        manager(0, 50 * MB); // every fake renderer holds 100 MB
        manager.start().get(5, TimeUnit.SECONDS);
        renderOneOn(launcher.last());
        clock.advance(Duration.ofSeconds(2));
        eventually("one recycle", () -> launcher.launched.size() == 2 && manager.status().pid() == launcher.last().pid);
        renderOneOn(launcher.last());
        clock.advance(Duration.ofSeconds(5));
        Thread.sleep(50);
        assertEquals(2, launcher.attempts, "the fresh renderer is not replaced again and again");
        assertTrue(log().contains("is below a fresh renderer's 100 MB, so recycling by memory is off"), log());
    }

    @Test
    void aFreshRendererThatCannotStartLeavesTheOldOneServing() throws Exception {
        manager(1, 0);
        manager.start().get(5, TimeUnit.SECONDS);
        FakeRenderer first = launcher.last();
        launcher.failing = true;
        renderOneOn(first);
        eventually("the fresh launch is tried", () -> launcher.attempts == 2);
        eventually("the failure is noted", () -> {
            try {
                return log().contains("could not start a fresh renderer to replace pid " + first.pid);
            } catch (Exception e) {
                return false;
            }
        });
        renderOneOn(first);
        assertEquals(first.pid, manager.status().pid());
        assertFalse(first.stopped);
        assertEquals(0, manager.status().errors());
        assertEquals(2, launcher.attempts, "recycling waits before it tries again");
    }

    @Test
    void whenTheOldRendererDiesFirstTheReadyFreshOneServesWithoutAnotherStart() throws Exception {
        manager(1, 0);
        manager.start().get(5, TimeUnit.SECONDS);
        FakeRenderer first = launcher.last();
        launcher.hold = new CountDownLatch(1);
        renderOneOn(first);
        eventually("the fresh launch begins", () -> launcher.attempts == 2);
        CompletableFuture<List<RenderedImage>> during = sendTo(first);
        first.crash(137);
        assertTrue(during.isCompletedExceptionally() || waitFailed(during));
        launcher.hold.countDown();
        eventually("the fresh renderer serves", () -> launcher.launched.size() == 2
                && manager.status().pid() == launcher.last().pid);
        assertEquals(2, launcher.attempts, "no start beyond the fresh renderer's");
        renderOneOn(launcher.last());
    }

    @Test
    void stoppingTheManagerStopsAFreshRendererThatWasWaitingToTakeOver() throws Exception {
        manager(1, 0);
        manager.start().get(5, TimeUnit.SECONDS);
        FakeRenderer first = launcher.last();
        launcher.hold = new CountDownLatch(1);
        renderOneOn(first);
        eventually("the fresh launch begins", () -> launcher.attempts == 2);
        CompletableFuture<List<RenderedImage>> during = sendTo(first);
        launcher.hold.countDown();
        eventually("the fresh renderer is up", () -> launcher.launched.size() == 2);
        FakeRenderer second = launcher.last();
        manager.stop();
        assertTrue(first.stopped && second.stopped);
        assertTrue(waitFailed(during));
        assertEquals("stopped", manager.status().state());
    }

    private static boolean waitFailed(CompletableFuture<?> future) {
        try {
            future.get(5, TimeUnit.SECONDS);
            return false;
        } catch (Exception e) {
            return true;
        }
    }
}
