package io.easel.plot;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of an asynchronous render ({@link Figure#renderAsync(Format, ExportOptions, java.util.function.Consumer)}):
 * {@code QUEUED} when it was asked for, {@code STARTED} when a renderer took it, then one of {@code FINISHED},
 * {@code FAILED} or {@code CANCELLED}. Times never go backwards within one render: {@link #time()} is the
 * {@code QUEUED} instant plus {@link #elapsed()}, which is measured on the monotonic clock.
 */
public final class RenderEvent {

    /** Where a render is. */
    public enum Stage {
        /** Asked for; waiting for a renderer (which may be starting) to take it. */
        QUEUED,
        /** A ready renderer is working on it. Left out when the render failed or was cancelled before that. */
        STARTED,
        /** The bytes are there; {@link #rendererTime()} says how long the renderer itself took, if it reports it. */
        FINISHED,
        /** It failed; {@link #failure()} says why. */
        FAILED,
        /** Its future was cancelled; the renderer was told to drop it. */
        CANCELLED;

        /** True for the last event of a render. */
        public boolean isFinal() {
            return this == FINISHED || this == FAILED || this == CANCELLED;
        }
    }

    private final Stage stage;
    private final Format format;
    private final Instant time;
    private final Duration elapsed;
    private final Duration rendererTime;
    private final FigureExportException failure;

    RenderEvent(Stage stage, Format format, Instant time, Duration elapsed, Duration rendererTime,
                FigureExportException failure) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.format = Objects.requireNonNull(format, "format");
        this.time = Objects.requireNonNull(time, "time");
        this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
        this.rendererTime = rendererTime;
        this.failure = failure;
    }

    public Stage stage() {
        return stage;
    }

    /** The format being rendered. */
    public Format format() {
        return format;
    }

    /** When this happened. */
    public Instant time() {
        return time;
    }

    /** Time since the render was asked for (zero for {@code QUEUED}). */
    public Duration elapsed() {
        return elapsed;
    }

    /** For {@code FINISHED}: the renderer's own time for the figure, when the renderer reports it. */
    public Optional<Duration> rendererTime() {
        return Optional.ofNullable(rendererTime);
    }

    /** For {@code FAILED}: the exception the render's future failed with. */
    public Optional<FigureExportException> failure() {
        return Optional.ofNullable(failure);
    }

    /** "FINISHED PNG after 812 ms (renderer 640 ms)". */
    @Override
    public String toString() {
        return stage + " " + format + " after " + elapsed.toMillis() + " ms"
                + (rendererTime == null ? "" : " (renderer " + rendererTime.toMillis() + " ms)")
                + (failure == null ? "" : ": " + failure.getMessage());
    }
}
