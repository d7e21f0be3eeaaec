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
 *
 * @param stage        where the render is
 * @param format       the format being rendered
 * @param time         when this happened
 * @param elapsed      time since the render was asked for (zero for {@code QUEUED})
 * @param rendererTime for {@code FINISHED}: the renderer's own time for the figure, when the renderer reports it
 * @param failure      for {@code FAILED}: the exception the render's future failed with
 */
public record RenderEvent(Stage stage, Format format, Instant time, Duration elapsed, Optional<Duration> rendererTime,
                          Optional<FigureExportException> failure) {

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

    public RenderEvent {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(rendererTime, "rendererTime");
        Objects.requireNonNull(failure, "failure");
    }

    /** "FINISHED PNG after 812 ms (renderer 640 ms)". */
    @Override
    public String toString() {
        return stage + " " + format + " after " + elapsed.toMillis() + " ms"
                + rendererTime.map(t -> " (renderer " + t.toMillis() + " ms)").orElse("")
                + failure.map(f -> ": " + f.getMessage()).orElse("");
    }
}
