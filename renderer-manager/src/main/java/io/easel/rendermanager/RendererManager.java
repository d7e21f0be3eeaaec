package io.easel.rendermanager;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;
import io.easel.protocol.ColumnFiles;
import io.easel.protocol.Json;
import io.easel.protocol.RendererStats;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts, supervises and talks to the renderer process. The renderer starts on the first request (or on
 * {@link #prestart()}); a renderer that crashes or hangs fails the requests in flight with an error that
 * says why, and the next request starts a fresh one. Starts that fail are retried only after a bounded,
 * growing delay. Thread-safe.
 *
 * <p>This is the front door only: {@link RendererSupervisor} keeps the renderer alive and {@link RequestChannel}
 * carries the figures.
 */
public final class RendererManager implements AutoCloseable {
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static final ExecutorService CALLBACKS = Executors.newCachedThreadPool(
            DaemonThreads.named("easel-renderer-callback"));
    private static final Object SHARED_LOCK = new Object();
    private static RendererManager shared;

    private final RendererSettings settings;
    private final Path logPath;
    private final RendererSupervisor supervisor;
    private final RequestChannel channel;
    private final ColumnDirectory columns;

    public RendererManager(RendererSettings settings) {
        this(settings, new ColumnDirectory());
    }

    private RendererManager(RendererSettings settings, ColumnDirectory columns) {
        this(settings, new ProcessLauncher(settings, Json.withDefaults(), CALLBACKS, columns),
                new SystemRendererClock(), columns);
    }

    RendererManager(RendererSettings settings, Launcher launcher, RendererClock clock) {
        this(settings, launcher, clock, new ColumnDirectory());
    }

    private RendererManager(RendererSettings settings, Launcher launcher, RendererClock clock,
                            ColumnDirectory columns) {
        this.settings = settings;
        this.columns = columns;
        int instance = INSTANCES.incrementAndGet();
        this.logPath = settings.logFile() != null ? settings.logFile()
                : PrivateLogDirectory.newLogFile(settings.cacheDir(), instance);
        this.supervisor = new RendererSupervisor(settings, logPath, launcher, clock);
        this.channel = new RequestChannel(supervisor, clock, Json.withDefaults(), settings, columns);
    }

    /**
     * The process-wide manager, configured by {@link RendererSettingsLoader#fromEnvironment()} and closed when
     * the JVM exits.
     */
    public static RendererManager shared() {
        synchronized (SHARED_LOCK) {
            if (shared == null || shared.isClosed()) {
                RendererSettings settings;
                try {
                    settings = RendererSettingsLoader.fromEnvironment();
                } catch (IllegalArgumentException e) {
                    throw new RenderFailedException(FigureErrorKind.START_FAILED, e.getMessage(), e);
                }
                RendererManager manager = new RendererManager(settings);
                Runtime.getRuntime().addShutdownHook(new Thread(manager::close, "easel-renderer-shutdown"));
                if (settings.prestart()) {
                    manager.prestart();
                }
                shared = manager;
            }
            return shared;
        }
    }

    public RendererSettings settings() {
        return settings;
    }

    /** Where the renderer's stderr is written. */
    public Path logFile() {
        return logPath;
    }

    /**
     * Renders a figure. The spec is encoded before this returns, so the caller may change its arrays
     * afterwards. The future fails with a {@link RenderFailedException}. {@code cancel} on the future withdraws
     * the figure from the renderer, which stops working on it and frees its worker for the next figure.
     *
     * @param width  CSS pixels, positive; this is the figure's size (the spec's {@code ggsize} is not read)
     * @param height CSS pixels, positive
     */
    public CompletableFuture<List<RenderedImage>> render(Map<String, Object> spec, double width, double height,
                                                         List<OutputRequest> outputs) {
        return render(spec, width, height, outputs, () -> {
        });
    }

    /**
     * {@link #render(Map, double, double, List)}, calling {@code sent} when the figure goes to a ready renderer
     * (after a start, if one was needed), so a caller can tell waiting for the renderer from rendering.
     * {@code sent} runs on a manager thread and must return quickly.
     */
    public CompletableFuture<List<RenderedImage>> render(Map<String, Object> spec, double width, double height,
                                                         List<OutputRequest> outputs, Runnable sent) {
        return channel.render(spec, width, height, outputs, Objects.requireNonNull(sent, "sent"));
    }

    /**
     * {@link #render} and wait; throws the failure in the calling thread. A waiting thread that is interrupted
     * withdraws the figure from the renderer and gets kind {@code INTERRUPTED}, its interrupt flag set again.
     */
    public List<RenderedImage> renderBlocking(Map<String, Object> spec, double width, double height,
                                              List<OutputRequest> outputs) throws RenderFailedException {
        return await(render(spec, width, height, outputs), true);
    }

    /** Starts the renderer in the background if it is not running; returns at once. */
    public void prestart() {
        ensureOpen();
        supervisor.acquire();
    }

    /** Starts the renderer if needed; completes with the status once it is ready. */
    public CompletableFuture<RendererStatus> start() {
        return supervisor.acquire().thenApply(s -> status());
    }

    /** Stops the renderer and starts a fresh one; returns when it is ready. */
    public void restart() {
        ensureOpen();
        supervisor.restart();
        await(start());
    }

    /** Stops the renderer; the next request starts a new one. Figures in flight fail with kind STOPPED. */
    public void stop() {
        if (!isClosed()) {
            supervisor.stop("stop requested");
        }
    }

    /** Round trip of a signed ping to the renderer, starting it if needed. */
    public Duration ping() {
        RendererHandle current = await(supervisor.acquire());
        return await(current.ping(RendererSession.PING_TIMEOUT));
    }

    /** The renderer's own counters (messages it dropped, its heap, ...); fails when no renderer runs. */
    /** The running renderer's launch keys, if it was started by the real launcher; for tests. */
    java.util.Optional<io.easel.protocol.LaunchKeys> launchKeys() {
        return supervisor.running().filter(RendererSession.class::isInstance).map(h -> ((RendererSession) h).keys());
    }

    public CompletableFuture<RendererStats> rendererStats() {
        return supervisor.running().map(r -> r.stats(RendererSession.PING_TIMEOUT))
                .orElseGet(() -> CompletableFuture.failedFuture(new RenderFailedException(FigureErrorKind.STOPPED,
                        "No renderer is running; render a figure or call start() first.")));
    }

    public RendererStatus status() {
        RendererSupervisor.Snapshot now = supervisor.snapshot();
        RequestChannel.Counters counters = channel.counters();
        long pid = now.current() == null ? 0 : now.current().pid();
        return new RendererStatus(now.state().label(), pid, now.uptime(), counters.renders(), counters.errors(),
                counters.medianLatencyMillis(), ProcessRss.of(pid), logPath,
                now.current() == null ? 0 : now.current().port(), now.launches(), now.inFlight(), now.lastError());
    }

    /** The private directory big requests' columns go through, once a renderer was launched with it. */
    Optional<ColumnFiles> columnFiles() {
        return Optional.ofNullable(columns.forRequests());
    }

    public boolean isClosed() {
        return supervisor.isClosed();
    }

    /** Stops the renderer and releases the manager's threads; later requests fail with kind CLOSED. */
    @Override
    public void close() {
        supervisor.close();
        columns.close();
    }

    private void ensureOpen() {
        if (isClosed()) {
            throw supervisor.closedError();
        }
    }

    private static <T> T await(CompletableFuture<T> future) {
        return await(future, false);
    }

    /**
     * Waits for the future. {@code withdraw} says the future is a figure of the waiter's own, to be cancelled when
     * the wait is interrupted; a start or a ping is shared with other callers and is left to finish.
     */
    private static <T> T await(CompletableFuture<T> future, boolean withdraw) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            if (withdraw) {
                future.cancel(true);
            }
            Thread.currentThread().interrupt();
            throw new RenderFailedException(FigureErrorKind.INTERRUPTED, withdraw
                    ? "Interrupted while waiting for the renderer; the figure was cancelled and the renderer is "
                    + "free for the next one."
                    : "Interrupted while waiting for the renderer; what it was doing goes on in the background.", e);
        } catch (ExecutionException e) {
            throw RenderFailedException.from(e.getCause()).rethrown();
        }
    }
}
