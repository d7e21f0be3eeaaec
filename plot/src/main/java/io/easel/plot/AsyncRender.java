package io.easel.plot;

import io.easel.plot.spi.FigureRenderer;
import io.easel.plot.spi.RenderFailure;
import io.easel.plot.spi.RenderProgress;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * One asynchronous render as {@link Figure#renderAsync} hands it out: the future the caller holds, the renderer's
 * future behind it, and the {@link RenderEvent}s in between. Events go to the listener one at a time and in stage
 * order, whatever threads the renderer reports from; a final event comes before the future completes (for a cancel,
 * right after, since {@code cancel} completes the future itself).
 */
final class AsyncRender implements RenderProgress {

    private final Format format;
    private final Consumer<? super RenderEvent> listener;
    private final Instant queuedAt = Instant.now();
    private final long queuedNanos = System.nanoTime();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    // Guarded by this.
    private RenderEvent.Stage stage;
    private Duration rendererTime;

    private AsyncRender(Format format, Consumer<? super RenderEvent> listener) {
        this.format = format;
        this.listener = listener;
    }

    /** Queues the render on the renderer and returns the caller's future. */
    static CompletableFuture<byte[]> start(FigureRenderer renderer, Map<String, Object> spec, Format format,
                                           ExportOptions options, Consumer<? super RenderEvent> listener) {
        AsyncRender render = new AsyncRender(format, listener);
        render.emit(RenderEvent.Stage.QUEUED, null);
        CompletableFuture<byte[]> work;
        try {
            work = renderer.renderAsync(spec, format, options, render);
        } catch (RuntimeException e) {
            work = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<byte[]> underway = work;
        render.result.whenComplete((bytes, error) -> {
            if (render.result.isCancelled()) {
                render.emit(RenderEvent.Stage.CANCELLED, null);
                underway.cancel(true);
            }
        });
        underway.whenComplete(render::settle);
        return render.result;
    }

    @Override
    public void started() {
        emit(RenderEvent.Stage.STARTED, null);
    }

    @Override
    public synchronized void rendererTime(Duration time) {
        rendererTime = time;
    }

    private void settle(byte[] bytes, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof CancellationException) {
            // the renderer dropped it (its own cancel, or ours coming back): the caller sees a cancel too
            result.cancel(false);
            return;
        }
        FigureExportException failure = null;
        if (cause != null) {
            failure = exportFailure(cause);
        } else {
            try {
                FigureRenderers.checkBytes(bytes, format);
            } catch (FigureExportException e) {
                failure = e;
            }
        }
        if (failure != null) {
            emit(RenderEvent.Stage.FAILED, failure);
            result.completeExceptionally(failure);
        } else {
            emit(RenderEvent.Stage.FINISHED, null);
            result.complete(bytes);
        }
    }

    private FigureExportException exportFailure(Throwable cause) {
        if (cause instanceof FigureExportException e) {
            return e;
        }
        if (cause instanceof InterruptedException) {
            return new FigureExportException(FigureErrorKind.INTERRUPTED, "Rendering the figure as " + format
                    + " was interrupted.", cause);
        }
        FigureErrorKind kind = cause instanceof RenderFailure known ? known.kind() : FigureErrorKind.INTERNAL;
        return new FigureExportException(kind, "Rendering the figure as " + format + " failed: " + cause.getMessage(),
                cause);
    }

    /** Sends the event unless the render is already past that stage; a listener's exception stays its own. */
    private synchronized void emit(RenderEvent.Stage next, FigureExportException failure) {
        if (stage != null && (stage.isFinal() || next.ordinal() <= stage.ordinal())) {
            return;
        }
        stage = next;
        Duration elapsed = next == RenderEvent.Stage.QUEUED ? Duration.ZERO
                : Duration.ofNanos(System.nanoTime() - queuedNanos);
        RenderEvent event = new RenderEvent(next, format, queuedAt.plus(elapsed), elapsed,
                Optional.ofNullable(next == RenderEvent.Stage.FINISHED ? rendererTime : null),
                Optional.ofNullable(failure));
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            // the render must go on; the thread's handler prints it, as it would an exception in any callback
            Thread thread = Thread.currentThread();
            thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
        }
    }
}
