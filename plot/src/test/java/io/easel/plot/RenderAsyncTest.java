package io.easel.plot;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** renderAsync through the SPI's default (RecordingRenderer implements only the blocking render). */
class RenderAsyncTest {

    private static Figure titled(String title) {
        return Plot.line(new double[]{1, 2, 3}, new double[]{3, 1, 2}).title(title);
    }

    private static List<RenderEvent.Stage> stages(List<RenderEvent> events) {
        return events.stream().map(RenderEvent::stage).toList();
    }

    @Test
    void aRenderReportsQueuedStartedFinishedWithTimesThatNeverGoBack() throws Exception {
        List<RenderEvent> events = new CopyOnWriteArrayList<>();
        byte[] bytes = titled("async").renderAsync(Format.SVG, ExportOptions.size(300, 200), events::add)
                .get(10, TimeUnit.SECONDS);

        assertEquals("SVG 300.0x200.0 @1.0 ggsize={width=600.0, height=400.0} title=async",
                new String(bytes, StandardCharsets.UTF_8));
        assertEquals(List.of(RenderEvent.Stage.QUEUED, RenderEvent.Stage.STARTED, RenderEvent.Stage.FINISHED),
                stages(events), "the final event comes before the future completes");
        assertEquals(Duration.ZERO, events.get(0).elapsed());
        for (int i = 1; i < events.size(); i++) {
            assertFalse(events.get(i).time().isBefore(events.get(i - 1).time()), events.toString());
            assertTrue(events.get(i).elapsed().compareTo(events.get(i - 1).elapsed()) >= 0, events.toString());
        }
        assertTrue(events.stream().allMatch(e -> e.format() == Format.SVG));
        assertTrue(events.get(2).rendererTime().isEmpty(), "a blocking renderer reports no time of its own");
    }

    @Test
    void aFailingRenderReportsFailedAndFailsTheFutureWithAnExportException() {
        List<RenderEvent> events = new CopyOnWriteArrayList<>();
        CompletableFuture<byte[]> future = titled("fail checked").renderAsync(Format.PNG, ExportOptions.defaults(),
                events::add);

        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
        FigureExportException failure = assertInstanceOf(FigureExportException.class, e.getCause());
        assertEquals(FigureErrorKind.INTERNAL, failure.kind());
        assertTrue(failure.getMessage().contains("renderer said no"), failure.getMessage());
        assertEquals(List.of(RenderEvent.Stage.QUEUED, RenderEvent.Stage.STARTED, RenderEvent.Stage.FAILED),
                stages(events));
        assertSame(failure, events.get(2).failure().orElseThrow());
    }

    @Test
    void aFailureThatKnowsItsKindKeepsIt() {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> titled("too large").renderAsync(Format.PNG).get(10, TimeUnit.SECONDS));
        FigureExportException failure = assertInstanceOf(FigureExportException.class, e.getCause());
        assertEquals(FigureErrorKind.TOO_LARGE, failure.kind());
        assertTrue(failure.getMessage().contains("90 million pixels"), failure.getMessage());
    }

    @Test
    void noBytesIsAFailureNotAnEmptyFile() {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> titled("empty").renderAsync(Format.PNG).get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause().getMessage().contains("returned no bytes"), e.getCause().getMessage());
    }

    @Test
    void cancellingReportsCancelledAndInterruptsTheRenderingThread() throws Exception {
        RecordingRenderer.blockInterrupted = new CountDownLatch(1);
        List<RenderEvent> events = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<byte[]> future = titled("block").renderAsync(Format.PNG, ExportOptions.defaults(), event -> {
            events.add(event);
            if (event.stage() == RenderEvent.Stage.STARTED) {
                started.countDown();
            }
        });
        assertTrue(started.await(10, TimeUnit.SECONDS), "the render never started");

        assertTrue(future.cancel(true));

        assertThrows(CancellationException.class, future::join);
        assertTrue(RecordingRenderer.blockInterrupted.await(10, TimeUnit.SECONDS),
                "the renderer's thread was not interrupted");
        assertEquals(List.of(RenderEvent.Stage.QUEUED, RenderEvent.Stage.STARTED, RenderEvent.Stage.CANCELLED),
                stages(events));
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheRenderAndItsExceptionIsReported() throws Exception {
        List<Throwable> reported = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> reported.add(e));
        try {
            byte[] bytes = titled("async").renderAsync(Format.SVG, ExportOptions.defaults(), event -> {
                throw new IllegalStateException("listener bug at " + event.stage());
            }).get(10, TimeUnit.SECONDS);
            assertTrue(new String(bytes, StandardCharsets.UTF_8).startsWith("SVG"));
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
        assertEquals(List.of("listener bug at QUEUED", "listener bug at STARTED", "listener bug at FINISHED"),
                reported.stream().map(Throwable::getMessage).toList());
    }
}
