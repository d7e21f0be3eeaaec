package io.easel.plot;

import io.easel.plot.spi.FigureRenderer;
import io.easel.plot.spi.RenderFailure;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test renderer registered through META-INF/services, so the tests exercise the real ServiceLoader lookup. It
 * answers with a line describing what it was asked, and misbehaves on request (by figure title) to test failures.
 */
public final class RecordingRenderer implements FigureRenderer {

    static final AtomicInteger CALLS = new AtomicInteger();
    static volatile Map<String, Object> lastSpec;
    static volatile ExportOptions lastOptions;
    /** Counted down when a render titled "block" was interrupted out of its wait. */
    static volatile CountDownLatch blockInterrupted = new CountDownLatch(1);

    /** A failure that knows its kind, as the renderer manager's does. */
    static final class KindedFailure extends RuntimeException implements RenderFailure {
        KindedFailure(String message) {
            super(message);
        }

        @Override
        public FigureErrorKind kind() {
            return FigureErrorKind.TOO_LARGE;
        }
    }

    @Override
    public byte[] render(Map<String, Object> spec, Format format, ExportOptions options) throws Exception {
        CALLS.incrementAndGet();
        lastSpec = spec;
        lastOptions = options;
        Object title = spec.get("ggtitle") instanceof Map ? ((Map<?, ?>) spec.get("ggtitle")).get("text") : null;
        if ("fail checked".equals(title)) {
            throw new Exception("renderer said no");
        }
        if ("fail runtime".equals(title)) {
            throw new IllegalStateException("renderer crashed (exit 137)");
        }
        if ("interrupt".equals(title)) {
            throw new InterruptedException("stopped");
        }
        if ("too large".equals(title)) {
            throw new KindedFailure("the figure has 90 million pixels, over the limit of 50 million");
        }
        if ("block".equals(title)) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                blockInterrupted.countDown();
                throw e;
            }
        }
        if ("empty".equals(title)) {
            return new byte[0];
        }
        return (format + " " + options.width() + "x" + options.height() + " @" + options.scale() + " ggsize="
                + spec.get("ggsize") + " title=" + title).getBytes(StandardCharsets.UTF_8);
    }
}
