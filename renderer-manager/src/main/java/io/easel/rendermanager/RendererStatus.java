package io.easel.rendermanager;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * A snapshot for status displays.
 *
 * @param state               one of the {@link RendererState} labels ("ready", "busy", ...)
 * @param pid                 the renderer's process id, 0 when none is running
 * @param uptime              how long the current renderer has run (zero when none)
 * @param renders             figures rendered through this manager
 * @param errors              renders that failed
 * @param medianLatencyMillis median time from request to reply over recent renders (0 before the first)
 * @param rssBytes            the renderer's resident memory, 0 when none is running
 * @param logFile             where the renderer's stderr goes
 * @param port                the renderer's loopback port, 0 when none is running
 * @param launches            renderer processes started by this manager
 * @param inFlight            requests sent and not yet answered
 * @param lastError           the last start failure or crash, or null
 */
public record RendererStatus(String state, long pid, Duration uptime, long renders, long errors,
                             double medianLatencyMillis, long rssBytes, Path logFile, int port, long launches,
                             int inFlight, String lastError) {

    /** One line for a {@code %renderer status}: {@code renderer ready: pid=123 uptime=5m02s ...}. */
    public String summary() {
        StringBuilder line = new StringBuilder("renderer ").append(state).append(": pid=").append(pid)
                .append(" uptime=").append(formatDuration(uptime))
                .append(" renders=").append(renders)
                .append(" errors=").append(errors)
                .append(String.format(Locale.ROOT, " median=%.1fms", medianLatencyMillis))
                .append(" rss=").append(rssBytes / (1024 * 1024)).append("MB")
                .append(" launches=").append(launches)
                .append(" log=").append(logFile);
        if (lastError != null && !lastError.isEmpty()) {
            int newline = lastError.indexOf('\n');
            line.append(" last-error=\"").append(newline < 0 ? lastError : lastError.substring(0, newline)).append('"');
        }
        return line.toString();
    }

    @Override
    public String toString() {
        return summary();
    }

    static String formatDuration(Duration d) {
        long seconds = d.toSeconds();
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, (seconds % 3600) / 60);
    }
}
