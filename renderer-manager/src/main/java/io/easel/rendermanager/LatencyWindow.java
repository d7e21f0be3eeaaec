package io.easel.rendermanager;

import java.util.Arrays;

/** The most recent render latencies, for a median that follows the renderer's current behaviour. */
final class LatencyWindow {
    private final long[] nanos;
    private int count;
    private int next;

    LatencyWindow(int capacity) {
        nanos = new long[capacity];
    }

    synchronized void add(long latencyNanos) {
        nanos[next] = latencyNanos;
        next = (next + 1) % nanos.length;
        count = Math.min(count + 1, nanos.length);
    }

    synchronized double medianMillis() {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        double median = count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2.0;
        return median / 1_000_000.0;
    }
}
