package io.easel.rendermanager;

import java.time.Duration;

/**
 * When a renderer has served long enough to be replaced by a fresh one: after a number of figures, or once its
 * resident memory passes a mark. Long-lived rendering processes leak (Kaleido's users see it after a few dozen
 * exports; ours grows more slowly, in caches of Lets-Plot and the JDK's font and image code), and a fresh JVM is
 * the one cure that needs no knowledge of where the leak is.
 *
 * @param afterRenders figures after which the renderer is replaced; 0 never
 * @param rssBytes     resident memory past which the renderer is replaced; 0 never
 */
record RecyclePolicy(long afterRenders, long rssBytes) {
    /**
     * How long the renderer must have been without figures before its memory is checked: a big figure leaves the
     * RSS high, and the user looking at it for a second is the moment to swap, not the middle of a burst.
     */
    static final Duration MEMORY_CHECK_QUIET = Duration.ofSeconds(1);

    static RecyclePolicy of(RendererSettings settings) {
        return new RecyclePolicy(settings.recycleAfterRenders(), settings.recycleRssBytes());
    }

    boolean countsRenders() {
        return afterRenders > 0;
    }

    boolean watchesMemory() {
        return rssBytes > 0;
    }

    boolean dueByCount(long served) {
        return countsRenders() && served >= afterRenders;
    }

    /**
     * Why a renderer that has served {@code served} figures and holds {@code rss} bytes should be replaced, or null.
     * Memory counts only once it has served a figure: a fresh renderer above the mark would be replaced forever.
     */
    String reason(long served, long rss) {
        if (dueByCount(served)) {
            return "it served " + served + " figures (" + RendererSettings.Setting.RECYCLE_AFTER.property() + "="
                    + afterRenders + ")";
        }
        if (watchesMemory() && served > 0 && rss >= rssBytes) {
            return "its resident memory is " + megabytes(rss) + " MB, past " + megabytes(rssBytes) + " MB ("
                    + RendererSettings.Setting.RECYCLE_RSS.property() + ")";
        }
        return null;
    }

    static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
