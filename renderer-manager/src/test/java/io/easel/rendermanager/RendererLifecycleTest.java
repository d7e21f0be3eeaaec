package io.easel.rendermanager;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every lifecycle transition of the supervisor, driven through the manager's public calls with a fake launcher and
 * a fake clock: no JVM is launched and no test waits for real time to pass.
 */
class RendererLifecycleTest {
    private static final Map<String, Object> SPEC = Map.of("kind", "plot");
    private static final List<OutputRequest> PNG = List.of(OutputRequest.of(Format.PNG));

    @TempDir
    Path dir;

    private final FakeLauncher launcher = new FakeLauncher();
    private final FakeClock clock = new FakeClock();
    private RendererManager manager;

    private RendererManager manager(RendererSettings.Builder settings) {
        manager = new RendererManager(settings.logFile(dir.resolve("renderer.log")).build(), launcher, clock);
        return manager;
    }

    private RendererManager manager() {
        return manager(RendererSettings.builder());
    }

    @AfterEach
    void close() {
        if (manager != null) {
            manager.close();
        }
    }

    private String state() {
        return manager.status().state();
    }

    private CompletableFuture<List<RenderedImage>> render() {
        return manager.render(SPEC, 600, 400, PNG);
    }

    /** Starts the renderer if needed and sends a figure that it holds until the test answers. */
    private CompletableFuture<List<RenderedImage>> figureInFlight() throws Exception {
        manager.start().get(5, TimeUnit.SECONDS);
        FakeRenderer renderer = launcher.last();
        int before = renderer.waiting.size();
        CompletableFuture<List<RenderedImage>> figure = render();
        eventually("the request reaches the renderer", () -> renderer.waiting.size() > before);
        return figure;
    }

    private static RenderFailedException failure(CompletableFuture<?> future) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
        return (RenderFailedException) e.getCause();
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
    void notStartedThenStartingThenReadyOnTheFirstRequest() throws Exception {
        manager();
        assertEquals("not started", state());
        assertEquals(0, launcher.attempts);

        launcher.hold = new CountDownLatch(1);
        manager.prestart();
        eventually("starting", () -> state().equals("starting"));
        launcher.hold.countDown();

        RendererStatus ready = manager.start().get(5, TimeUnit.SECONDS);
        assertEquals("ready", ready.state());
        assertEquals(launcher.last().pid, ready.pid());
        assertEquals(1, ready.launches());
    }

    @Test
    void busyWhileAFigureIsInFlightAndReadyOnceAnswered() throws Exception {
        manager();
        CompletableFuture<List<RenderedImage>> figure = figureInFlight();
        assertEquals("busy", state());
        assertEquals(1, manager.status().inFlight());

        launcher.last().answerAll();
        assertEquals(Format.PNG, figure.get(5, TimeUnit.SECONDS).get(0).format());
        assertEquals("ready", state());
        assertEquals(1, manager.status().renders());
        assertEquals(0, manager.status().inFlight());
    }

    @Test
    void stopPassesThroughStoppingToStoppedAndFailsWhatIsInFlight() throws Exception {
        manager();
        CompletableFuture<List<RenderedImage>> figure = figureInFlight();
        FakeRenderer first = launcher.last();

        first.holdStop = new CountDownLatch(1);
        Thread stopper = new Thread(manager::stop);
        stopper.start();
        eventually("stopping", () -> state().equals("stopping"));
        first.holdStop.countDown();
        stopper.join(5_000);

        assertEquals("stopped", state());
        assertTrue(first.stopped);
        RenderFailedException stopped = failure(figure);
        assertEquals(FigureErrorKind.STOPPED, stopped.kind());
        assertTrue(stopped.getMessage().contains("stop requested"), stopped.getMessage());

        CompletableFuture<List<RenderedImage>> next = figureInFlight();
        assertEquals(2, launcher.launched.size(), "a fresh renderer");
        launcher.last().answerAll();
        assertEquals(1, next.get(5, TimeUnit.SECONDS).size());
        assertNotSame(first, launcher.last());
    }

    @Test
    void aFailedStartIsRetriedOnlyAfterAGrowingBackoff() throws Exception {
        manager(RendererSettings.builder().restartBackoff(Duration.ofSeconds(1), Duration.ofSeconds(4)));
        launcher.failing = true;

        assertEquals(FigureErrorKind.START_FAILED, failure(render()).kind());
        assertEquals("failed", state());
        assertTrue(manager.status().lastError().contains("fake launch 1 failed"), manager.status().lastError());

        RenderFailedException waiting = failure(render());
        assertEquals(FigureErrorKind.START_FAILED, waiting.kind());
        assertTrue(waiting.getMessage().contains("tries again in 1 s"), waiting.getMessage());
        assertEquals(1, launcher.attempts, "no launch while the backoff lasts");

        clock.advance(Duration.ofSeconds(1));
        failure(render());
        assertEquals(2, launcher.attempts);
        clock.advance(Duration.ofSeconds(1));
        assertTrue(failure(render()).getMessage().contains("tries again in 1 s"), "the second delay is 2 s");
        assertEquals(2, launcher.attempts);
        clock.advance(Duration.ofSeconds(1));

        launcher.failing = false;
        assertEquals("ready", manager.start().get(5, TimeUnit.SECONDS).state());
        assertEquals(3, launcher.attempts);
        launcher.last().crash(1);
        eventually("failed after the crash", () -> state().equals("failed"));
        manager.start().get(5, TimeUnit.SECONDS);
        assertEquals(4, launcher.attempts, "a success resets the backoff, so a crash is replaced at once");
    }

    @Test
    void anIdleRendererIsStoppedAfterTheIdleTimeout() throws Exception {
        manager(RendererSettings.builder().idleTimeout(Duration.ofSeconds(8)));
        CompletableFuture<List<RenderedImage>> figure = figureInFlight();
        clock.advance(Duration.ofSeconds(20));
        assertEquals("busy", state(), "a renderer with work in flight is never idle");

        launcher.last().answerAll();
        figure.get(5, TimeUnit.SECONDS);
        clock.advance(Duration.ofSeconds(7));
        assertEquals("ready", state());
        assertFalse(launcher.last().stopped);

        clock.advance(Duration.ofSeconds(3));
        assertEquals("stopped", state());
        assertTrue(launcher.last().stopped);
        assertEquals(0, manager.status().pid());
    }

    @Test
    void aSilentRendererIsKilledAsHungAndReplaced() throws Exception {
        manager(RendererSettings.builder().requestTimeout(Duration.ofSeconds(5)));
        CompletableFuture<List<RenderedImage>> figure = figureInFlight();
        FakeRenderer hung = launcher.last();

        clock.advance(Duration.ofSeconds(5).plus(RendererSupervisor.HANG_GRACE).minusMillis(1));
        assertFalse(figure.isDone());
        assertFalse(hung.killed);
        clock.advance(Duration.ofMillis(1));

        assertTrue(hung.killed);
        RenderFailedException timeout = failure(figure);
        assertEquals(FigureErrorKind.TIMEOUT, timeout.kind());
        assertTrue(timeout.getMessage().contains("killed as hung"), timeout.getMessage());
        assertTrue(timeout.getMessage().contains("EASEL_RENDERER_TIMEOUT"), timeout.getMessage());
        assertEquals("failed", state());

        CompletableFuture<List<RenderedImage>> next = figureInFlight();
        assertEquals(2, launcher.launched.size(), "a fresh renderer");
        launcher.last().answerAll();
        assertEquals(1, next.get(5, TimeUnit.SECONDS).size());
        assertEquals("ready", state());
    }

    @Test
    void anAnsweredFigureCancelsItsHangCheck() throws Exception {
        manager(RendererSettings.builder().requestTimeout(Duration.ofSeconds(5)));
        CompletableFuture<List<RenderedImage>> figure = figureInFlight();
        launcher.last().answerAll();
        figure.get(5, TimeUnit.SECONDS);

        clock.advance(Duration.ofMinutes(1));
        assertFalse(launcher.last().killed);
        assertEquals("ready", state());
    }

    @Test
    void aCrashFailsTheFiguresInFlightWithTheExitCodeAndTheStderrTail() throws Exception {
        manager();
        CompletableFuture<List<RenderedImage>> figure = figureInFlight();
        FakeRenderer crashing = launcher.last();
        crashing.tail.add("Exception in thread \"worker-1\" java.lang.OutOfMemoryError: Java heap space");

        crashing.crash(137);

        RenderFailedException crash = failure(figure);
        assertEquals(FigureErrorKind.CRASHED, crash.kind());
        assertTrue(crash.getMessage().contains("exited with code 137 (killed by signal 9, SIGKILL)"), crash.getMessage());
        assertTrue(crash.getMessage().contains("java.lang.OutOfMemoryError: Java heap space"), crash.getMessage());
        assertTrue(crash.getMessage().contains("EASEL_RENDERER_HEAP"), crash.getMessage());
        assertTrue(crash.getMessage().contains(dir.resolve("renderer.log").toString()), crash.getMessage());
        assertEquals("failed", state());
        assertTrue(manager.status().lastError().contains("code 137"));
        assertTrue(crashing.released);

        manager.start().get(5, TimeUnit.SECONDS);
        assertEquals(2, launcher.launched.size());
        assertEquals("ready", state());
    }

    @Test
    void restartReplacesTheRendererAndForgetsFailedStarts() throws Exception {
        manager(RendererSettings.builder().restartBackoff(Duration.ofMinutes(1), Duration.ofMinutes(1)));
        launcher.failing = true;
        failure(render());
        launcher.failing = false;
        assertEquals(FigureErrorKind.START_FAILED, failure(render()).kind(), "still in the backoff");

        manager.restart();
        assertEquals("ready", state());
        FakeRenderer first = launcher.last();
        manager.restart();
        assertTrue(first.stopped);
        assertNotSame(first, launcher.last());
        assertEquals("ready", state());
        assertEquals(3, manager.status().launches(), "one failed start and two restarts");
    }

    @Test
    void aClosedManagerStopsItsRendererAndRefusesWork() throws Exception {
        manager().start().get(5, TimeUnit.SECONDS);
        FakeRenderer renderer = launcher.last();
        manager.close();

        assertTrue(renderer.stopped);
        assertTrue(manager.isClosed());
        assertEquals("stopped", state());
        assertEquals(FigureErrorKind.CLOSED, failure(render()).kind());
        assertEquals(FigureErrorKind.CLOSED, assertThrows(RenderFailedException.class, manager::prestart).kind());
    }

    @Test
    void aRendererThatStartsWhileTheManagerClosesIsStoppedAtOnce() throws Exception {
        manager();
        launcher.hold = new CountDownLatch(1);
        CompletableFuture<RendererStatus> start = manager.start();
        eventually("starting", () -> launcher.attempts == 1);
        Thread closer = new Thread(manager::close);
        closer.start();
        eventually("closed", manager::isClosed);
        launcher.hold.countDown();
        closer.join(5_000);

        assertEquals(FigureErrorKind.CLOSED, failure(start).kind());
        assertTrue(launcher.last().stopped, "nobody can use it, so it must not keep running");
    }

    @Test
    void aFigureCancelledInFlightIsWithdrawnCountedAsFinishedAndNeverWatchedAsHung() throws Exception {
        manager(RendererSettings.builder().requestTimeout(Duration.ofSeconds(5)));
        CompletableFuture<List<RenderedImage>> figure = figureInFlight();
        FakeRenderer renderer = launcher.last();
        assertEquals("busy", state());

        assertTrue(figure.cancel(true));

        eventually("the renderer is told", () -> renderer.cancelled.size() == 1);
        eventually("ready again", () -> state().equals("ready"));
        assertEquals(0, manager.status().inFlight());
        assertEquals(0, manager.status().errors());
        clock.advance(Duration.ofSeconds(60));
        assertFalse(renderer.killed, "a hang watch fired for a figure nobody waits for");
    }

    @Test
    void aFigureCancelledWhileTheRendererStartsIsNeverSent() throws Exception {
        manager();
        launcher.hold = new CountDownLatch(1);
        CountDownLatch sent = new CountDownLatch(1);
        CompletableFuture<List<RenderedImage>> figure = manager.render(SPEC, 600, 400, PNG, sent::countDown);
        eventually("starting", () -> launcher.attempts == 1);

        assertTrue(figure.cancel(true));
        launcher.hold.countDown();

        eventually("ready", () -> state().equals("ready"));
        assertEquals(0, manager.status().inFlight());
        assertTrue(launcher.last().waiting.isEmpty(), "a cancelled figure went to the renderer");
        assertEquals(1, sent.getCount(), "a figure never sent must not report that it was");
    }

    @Test
    void theSentCallbackRunsWhenTheFigureGoesToTheRenderer() throws Exception {
        manager();
        manager.start().get(5, TimeUnit.SECONDS);
        CountDownLatch sent = new CountDownLatch(1);
        CompletableFuture<List<RenderedImage>> figure = manager.render(SPEC, 600, 400, PNG, sent::countDown);

        assertTrue(sent.await(5, TimeUnit.SECONDS));
        eventually("the request reaches the renderer", () -> launcher.last().waiting.size() == 1);
        launcher.last().answerAll();
        assertEquals(1, figure.get(5, TimeUnit.SECONDS).size());
    }
}
