package io.easel.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Timings of one measured thing, in milliseconds. */
final class Samples {
    private final List<Double> millis = new ArrayList<>();

    void add(long nanos) {
        millis.add(nanos / 1_000_000.0);
    }

    int count() {
        return millis.size();
    }

    double median() {
        return percentile(50);
    }

    double percentile(double p) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    double min() {
        return millis.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    static String ms(double value) {
        return Double.isNaN(value) ? "-" : value >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }
}
