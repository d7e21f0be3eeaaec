package io.easel.rendermanager;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * After a failed start, further starts wait a growing, bounded delay. A renderer that cannot start then
 * costs one launch and one clear error per delay, not a launch loop that floods the machine and the log.
 */
final class RestartBackoff {
    private final Duration initial;
    private final Duration max;
    private final LongSupplier nanoTime;
    private int failures;
    private long retryAtNanos;

    RestartBackoff(Duration initial, Duration max, LongSupplier nanoTime) {
        this.initial = initial;
        this.max = max;
        this.nanoTime = nanoTime;
    }

    synchronized void failed() {
        failures++;
        long delay = initial.toNanos();
        for (int i = 1; i < failures && delay < max.toNanos(); i++) {
            delay *= 2;
        }
        retryAtNanos = nanoTime.getAsLong() + Math.min(delay, max.toNanos());
    }

    synchronized void reset() {
        failures = 0;
        retryAtNanos = 0;
    }

    /** Time left before another start may be tried, if any. */
    synchronized Optional<Duration> remaining() {
        if (failures == 0) {
            return Optional.empty();
        }
        long left = retryAtNanos - nanoTime.getAsLong();
        return left > 0 ? Optional.of(Duration.ofNanos(left)) : Optional.empty();
    }

    synchronized int failures() {
        return failures;
    }
}
