package io.easel.rendermanager;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;
import io.easel.protocol.RendererStats;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A cancelled or interrupted figure is withdrawn from a real renderer: both workers are free for the next figure at
 * once, the renderer counts the cancels, and no hang watch fires. Lets-Plot needs tens of seconds for 300,000 points
 * here, and a worker freed only by the renderer's own timeout would hold the small figure up for all of that.
 */
class CancelTest {
    /** Short, so a hang watch left running for a cancelled figure would fire (and kill the renderer) during the test. */
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final long PROMPT_MILLIS = 10_000;

    private static RendererSettings settings(String name) {
        return TestRenderer.settings(name).toBuilder().warmup(false).workers(2).requestTimeout(TIMEOUT).build();
    }

    private static CompletableFuture<List<RenderedImage>> big(RendererManager manager, String title) {
        return manager.render(TestRenderer.slowScatterSpec(300_000, title), 1600, 1200,
                List.of(OutputRequest.of(Format.PNG)));
    }

    /** Renders a small figure and returns how long it took, failing if it did not come promptly. */
    private static long smallFigureMillis(RendererManager manager) {
        long start = System.nanoTime();
        List<RenderedImage> images = manager.renderBlocking(TestRenderer.lineSpec(10, "small"), 100, 100,
                List.of(OutputRequest.of(Format.SVG)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1, images.size());
        assertTrue(millis < PROMPT_MILLIS, "the small figure waited " + millis + " ms for a free worker");
        return millis;
    }

    private static void awaitStarted(RendererManager manager, int figures) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (manager.status().inFlight() < figures && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(1_500); // the renderer is deep inside the layout by now
    }

    @Test
    void cancellingTheFuturesFreesBothWorkersAndNoHangWatchFires() throws Exception {
        try (RendererManager manager = new RendererManager(settings("cancel-future"))) {
            long pid = manager.start().join().pid();
            long sentNanos = System.nanoTime();
            List<CompletableFuture<List<RenderedImage>>> figures = List.of(big(manager, "one"), big(manager, "two"));
            awaitStarted(manager, 2);

            for (CompletableFuture<List<RenderedImage>> figure : figures) {
                assertTrue(figure.cancel(true));
                assertThrows(CancellationException.class, figure::join);
            }
            smallFigureMillis(manager);

            assertEquals(0, manager.status().inFlight(), "the cancelled figures count as finished");
            assertEquals(0, manager.status().errors(), "a cancel is not an error");
            RendererStats stats = manager.rendererStats().get(10, TimeUnit.SECONDS);
            assertEquals(2, stats.cancelled());
            assertEquals(0, stats.timeouts());
            assertEquals(0, stats.inFlight());

            // past the request timeout plus the hang grace of the cancelled figures: nothing may have fired
            long watchEnds = sentNanos + TIMEOUT.plus(RendererSupervisor.HANG_GRACE).plusSeconds(1).toNanos();
            Thread.sleep(Math.max(0, (watchEnds - System.nanoTime()) / 1_000_000));
            assertEquals(pid, manager.status().pid(), "the renderer was replaced: a hang watch fired for a cancel");
            assertEquals(0, manager.rendererStats().get(10, TimeUnit.SECONDS).timeouts());
            smallFigureMillis(manager);
        }
    }

    @Test
    void anInterruptedRenderBlockingCancelsItsFigure() throws Exception {
        try (RendererManager manager = new RendererManager(settings("cancel-interrupt"))) {
            long pid = manager.start().join().pid();
            List<Thread> waiters = new ArrayList<>();
            List<AtomicReference<RenderFailedException>> failures = new ArrayList<>();
            List<AtomicBoolean> stillInterrupted = new ArrayList<>();
            for (String title : List.of("one", "two")) {
                AtomicReference<RenderFailedException> failure = new AtomicReference<>();
                AtomicBoolean flag = new AtomicBoolean();
                Thread waiter = new Thread(() -> {
                    try {
                        manager.renderBlocking(TestRenderer.slowScatterSpec(300_000, title), 1600, 1200,
                                List.of(OutputRequest.of(Format.PNG)));
                    } catch (RenderFailedException e) {
                        failure.set(e);
                        flag.set(Thread.currentThread().isInterrupted());
                    }
                }, "cell-" + title);
                waiter.start();
                waiters.add(waiter);
                failures.add(failure);
                stillInterrupted.add(flag);
            }
            awaitStarted(manager, 2);

            for (Thread waiter : waiters) {
                waiter.interrupt();
            }
            for (Thread waiter : waiters) {
                waiter.join(10_000);
                assertFalse(waiter.isAlive(), "renderBlocking did not return when its thread was interrupted");
            }
            for (int i = 0; i < waiters.size(); i++) {
                RenderFailedException e = failures.get(i).get();
                assertNotNull(e, "renderBlocking returned normally though interrupted");
                assertEquals(FigureErrorKind.INTERRUPTED, e.kind());
                assertTrue(e.getMessage().contains("cancelled"), e.getMessage());
                assertTrue(stillInterrupted.get(i).get(), "the interrupt flag must stay set for the caller");
            }
            smallFigureMillis(manager);

            RendererStats stats = manager.rendererStats().get(10, TimeUnit.SECONDS);
            assertEquals(2, stats.cancelled());
            assertEquals(0, manager.status().inFlight());
            assertEquals(pid, manager.status().pid());
        }
    }
}
