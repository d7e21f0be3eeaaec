package io.easel.rendermanager;

import io.easel.protocol.ErrorReply;
import io.easel.protocol.Json;
import io.easel.protocol.Message;
import io.easel.protocol.MessageType;
import io.easel.protocol.OutputRequest;
import io.easel.protocol.ProtocolException;
import io.easel.protocol.RenderReply;
import io.easel.protocol.RenderRequest;
import io.easel.protocol.RenderedImage;
import io.easel.protocol.RendererStats;
import io.easel.protocol.SigningKey;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Starts, supervises and talks to the renderer process. The renderer starts on the first request (or on
 * {@link #prestart()}); a renderer that crashes or hangs fails the requests in flight with an error that
 * says why, and the next request starts a fresh one. Starts that fail are retried only after a bounded,
 * growing delay. Thread-safe.
 */
public final class RendererManager implements AutoCloseable {
    /** Extra time past the renderer's own timeout before the manager declares it hung. */
    static final Duration HANG_GRACE = Duration.ofSeconds(2);
    private static final Duration STOP_GRACE = Duration.ofSeconds(2);
    private static final Duration PING_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration PING_ATTEMPT = Duration.ofSeconds(2);
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static final ExecutorService CALLBACKS = Executors.newCachedThreadPool(daemonThreads("easel-renderer-callback"));
    private static final Object SHARED_LOCK = new Object();
    private static RendererManager shared;

    private final RendererSettings settings;
    private final Json json = Json.withDefaults();
    private final Path logPath;
    private final ExecutorService lifecycle;
    private final ScheduledThreadPoolExecutor timers;
    private final RestartBackoff backoff;
    private final LatencyWindow latencies = new LatencyWindow(1000);
    private final AtomicLong renders = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong requestIds = new AtomicLong();
    private final Object lock = new Object();

    // Guarded by lock.
    private RendererState state = RendererState.NOT_STARTED;
    private RendererSession session;
    private CompletableFuture<RendererSession> starting;
    private RenderFailedException lastStartFailure;
    private String lastError;
    private boolean closed;
    private int inFlight;
    private long lastActivityNanos = System.nanoTime();
    private long launches;
    private RendererLogFile log;

    public RendererManager(RendererSettings settings) {
        this.settings = settings;
        int instance = INSTANCES.incrementAndGet();
        this.logPath = settings.logFile() != null ? settings.logFile()
                : PrivateLogDirectory.newLogFile(settings.cacheDir(), instance);
        this.lifecycle = Executors.newSingleThreadExecutor(daemonThreads("easel-renderer-lifecycle"));
        this.timers = new ScheduledThreadPoolExecutor(1, daemonThreads("easel-renderer-timer"));
        this.timers.setRemoveOnCancelPolicy(true);
        this.backoff = new RestartBackoff(settings.restartBackoff(), settings.maxRestartBackoff());
        if (!settings.idleTimeout().isZero()) {
            long period = Math.max(100, Math.min(5_000, settings.idleTimeout().toMillis() / 4));
            timers.scheduleWithFixedDelay(this::stopIfIdle, period, period, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * The process-wide manager, configured by {@link RendererSettings#fromEnvironment()} and closed when
     * the JVM exits.
     */
    public static RendererManager shared() {
        synchronized (SHARED_LOCK) {
            if (shared == null || shared.isClosed()) {
                RendererSettings settings;
                try {
                    settings = RendererSettings.fromEnvironment();
                } catch (IllegalArgumentException e) {
                    throw new RenderFailedException(RenderFailedException.START_FAILED, e.getMessage(), e);
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
     * afterwards. The future fails with a {@link RenderFailedException}.
     *
     * @param width  CSS pixels, or 0 for the spec's own size
     * @param height CSS pixels, or 0 for the spec's own size
     */
    public CompletableFuture<List<RenderedImage>> render(Map<String, Object> spec, double width, double height,
                                                         List<OutputRequest> outputs) {
        CompletableFuture<List<RenderedImage>> result = new CompletableFuture<>();
        Message request;
        try {
            request = new RenderRequest(spec, width, height, outputs)
                    .toMessage("r" + requestIds.incrementAndGet(), settings.requestTimeout().toMillis(), json);
        } catch (NullPointerException | IllegalArgumentException e) {
            errors.incrementAndGet();
            result.completeExceptionally(new RenderFailedException(RenderFailedException.BAD_REQUEST,
                    e.getMessage() == null ? "spec, outputs and their elements must not be null" : e.getMessage()));
            return result;
        } catch (ProtocolException e) {
            errors.incrementAndGet();
            result.completeExceptionally(new RenderFailedException(e.type(), e.getMessage()));
            return result;
        }
        long startNanos = System.nanoTime();
        requestStarted();
        acquireSession().whenComplete((current, startError) -> {
            if (startError != null) {
                finish(result, startNanos, null, asFailure(startError));
                return;
            }
            Future<?> deadline = scheduleHangCheck(current, result);
            current.call(request).whenComplete((reply, callError) -> {
                deadline.cancel(false);
                if (callError != null) {
                    finish(result, startNanos, null, asFailure(callError));
                    return;
                }
                try {
                    finish(result, startNanos, decode(reply), null);
                } catch (RenderFailedException e) {
                    finish(result, startNanos, null, e);
                }
            });
        });
        return result;
    }

    /** {@link #render} and wait; throws the failure in the calling thread. */
    public List<RenderedImage> renderBlocking(Map<String, Object> spec, double width, double height,
                                              List<OutputRequest> outputs) throws RenderFailedException {
        return await(render(spec, width, height, outputs));
    }

    /** Starts the renderer in the background if it is not running; returns at once. */
    public void prestart() {
        ensureOpen();
        acquireSession();
    }

    /** Starts the renderer if needed; completes with the status once it is ready. */
    public CompletableFuture<RendererStatus> start() {
        return acquireSession().thenApply(s -> status());
    }

    /** Stops the renderer and starts a fresh one; returns when it is ready. */
    public void restart() {
        ensureOpen();
        onLifecycleThread(() -> stopSession("restart requested"));
        backoff.reset();
        await(start());
    }

    /** Stops the renderer; the next request starts a new one. Figures in flight fail with type "stopped". */
    public void stop() {
        if (!isClosed()) {
            onLifecycleThread(() -> stopSession("stop requested"));
        }
    }

    /** Round trip of a signed ping to the renderer, starting it if needed. */
    public Duration ping() {
        RendererSession current = await(acquireSession());
        return await(current.ping(PING_TIMEOUT));
    }

    /** The renderer's own counters (messages it dropped, its heap, ...); fails when no renderer runs. */
    public CompletableFuture<RendererStats> rendererStats() {
        RendererSession current;
        synchronized (lock) {
            current = session;
        }
        if (current == null) {
            return CompletableFuture.failedFuture(new RenderFailedException(RenderFailedException.STOPPED,
                    "No renderer is running."));
        }
        return current.stats(PING_TIMEOUT);
    }

    public RendererStatus status() {
        RendererSession current;
        RendererState currentState;
        int waiting;
        long launched;
        String error;
        synchronized (lock) {
            current = session;
            currentState = state;
            waiting = inFlight;
            launched = launches;
            error = lastError;
        }
        long pid = current == null ? 0 : current.pid();
        Duration uptime = current == null ? Duration.ZERO
                : Duration.between(current.process().started(), Instant.now());
        return new RendererStatus(currentState.label(), pid, uptime, renders.get(), errors.get(),
                latencies.medianMillis(), ProcessRss.of(pid), logPath, current == null ? 0 : current.process().port(),
                launched, waiting, error);
    }

    public boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    /** Stops the renderer and releases the manager's threads; later requests fail with type "closed". */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            onLifecycleThread(() -> stopSession("the renderer manager was closed"));
        } finally {
            lifecycle.shutdown();
            timers.shutdownNow();
            synchronized (lock) {
                if (log != null) {
                    log.close();
                }
                if (settings.logFile() == null) {
                    PrivateLogDirectory.managerClosed(logPath, errors.get() == 0 && lastError == null);
                }
            }
        }
    }

    private CompletableFuture<RendererSession> acquireSession() {
        synchronized (lock) {
            if (closed) {
                return CompletableFuture.failedFuture(closedError());
            }
            if (session != null && !session.isEnding() && session.isAlive()) {
                return CompletableFuture.completedFuture(session);
            }
            if (starting != null) {
                return starting;
            }
            Optional<Duration> wait = backoff.remaining();
            if (wait.isPresent() && lastStartFailure != null) {
                return CompletableFuture.failedFuture(new RenderFailedException(RenderFailedException.START_FAILED,
                        lastStartFailure.getMessage() + "\n(The renderer failed to start "
                                + backoff.failures() + " time(s); Easel tries again in "
                                + Math.max(1, (wait.get().toMillis() + 999) / 1000) + " s.)", lastStartFailure));
            }
            state = RendererState.STARTING;
            CompletableFuture<RendererSession> future = new CompletableFuture<>();
            starting = future;
            try {
                lifecycle.execute(() -> runStart(future));
            } catch (RejectedExecutionException e) {
                starting = null;
                return CompletableFuture.failedFuture(closedError());
            }
            return future;
        }
    }

    private void runStart(CompletableFuture<RendererSession> future) {
        RendererSession started = null;
        RenderFailedException failure = null;
        try {
            started = launchSession();
        } catch (RenderFailedException e) {
            failure = e;
        } catch (RuntimeException e) {
            failure = new RenderFailedException(RenderFailedException.START_FAILED, "Starting the renderer failed: " + e, e);
        }
        RendererSession unwanted = null;
        synchronized (lock) {
            starting = null;
            if (failure == null && closed) {
                unwanted = started;
                failure = closedError();
            } else if (failure == null) {
                session = started;
                state = inFlight > 0 ? RendererState.BUSY : RendererState.READY;
                lastStartFailure = null;
                lastActivityNanos = System.nanoTime();
                backoff.reset();
            } else if (!closed) {
                state = RendererState.FAILED;
                lastStartFailure = failure;
                lastError = failure.getMessage();
                backoff.failed();
            }
        }
        if (unwanted != null) {
            unwanted.stop(STOP_GRACE, failure);
        }
        if (failure != null) {
            future.completeExceptionally(failure);
        } else {
            future.complete(started);
        }
    }

    private RendererSession launchSession() {
        RendererLogFile logFile;
        synchronized (lock) {
            launches++;
            if (log == null) {
                log = RendererLogFile.open(logPath);
            }
            logFile = log;
        }
        SigningKey key = SigningKey.random();
        RendererProcess process = new RendererLauncher(settings, logFile).launch(key);
        RendererSession started = new RendererSession(process, key, json, CALLBACKS);
        process.exit().whenComplete((code, error) -> onSessionExit(started, code == null ? -1 : code));
        try {
            awaitFirstPong(started, logFile);
        } catch (RenderFailedException e) {
            started.kill(e);
            throw e;
        }
        return started;
    }

    /**
     * Pings until the renderer answers: proof that it listens and holds our key. A ping that goes unanswered
     * is repeated rather than trusted to arrive late, and noted in the log.
     */
    private void awaitFirstPong(RendererSession started, RendererLogFile logFile) {
        long deadline = System.nanoTime() + PING_TIMEOUT.toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                started.ping(PING_ATTEMPT).get();
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RenderFailedException(RenderFailedException.START_FAILED,
                        "Interrupted while waiting for the renderer to answer.", e);
            } catch (ExecutionException e) {
                boolean unanswered = e.getCause() instanceof TimeoutException;
                if (unanswered && System.nanoTime() < deadline && started.isAlive()) {
                    logFile.note("ping " + attempt + " to renderer pid " + started.pid() + " unanswered after "
                            + describe(PING_ATTEMPT) + "; pinging again");
                    continue;
                }
                throw new RenderFailedException(RenderFailedException.START_FAILED, "The renderer (pid "
                        + started.pid() + ") started but did not answer a signed ping within "
                        + PING_TIMEOUT.toSeconds() + " s (" + (unanswered ? "no answer" : e.getCause().getMessage())
                        + "). " + ExitReport.stderrTail(started.process().tail()) + "\n"
                        + ExitReport.logPointer(logPath), e.getCause());
            }
        }
    }

    private void onSessionExit(RendererSession ended, int code) {
        boolean unexpected = ended.markEnding();
        RendererLogFile logFile;
        RenderFailedException crash = null;
        synchronized (lock) {
            logFile = log;
            if (unexpected) {
                crash = new RenderFailedException(RenderFailedException.CRASHED, crashMessage(ended, code));
                if (session == ended) {
                    session = null;
                    state = RendererState.FAILED;
                    lastError = crash.getMessage();
                }
            }
        }
        if (logFile != null) {
            logFile.note("renderer pid " + ended.pid() + " exited with " + ExitReport.describeCode(code)
                    + (unexpected ? " unexpectedly" : ""));
        }
        if (crash != null) {
            ended.connection().failAll(crash);
        }
        ended.connection().close();
    }

    private String crashMessage(RendererSession ended, int code) {
        String hint = ExitReport.hint(code, ended.process().tail(), settings);
        return "The renderer (pid " + ended.pid() + ") exited with " + ExitReport.describeCode(code)
                + " while figures were in flight. " + (hint.isEmpty() ? "" : hint + " ")
                + "The next figure starts a new renderer.\n" + ExitReport.stderrTail(ended.process().tail()) + "\n"
                + ExitReport.logPointer(logPath);
    }

    private Future<?> scheduleHangCheck(RendererSession current, CompletableFuture<?> result) {
        long delay = settings.requestTimeout().plus(HANG_GRACE).toMillis();
        try {
            return timers.schedule(() -> {
                if (!result.isDone()) {
                    killHung(current);
                }
            }, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(null); // closed: stopping fails the request anyway
        }
    }

    private void killHung(RendererSession hung) {
        RenderFailedException timeout = new RenderFailedException(RenderFailedException.TIMEOUT,
                "The renderer (pid " + hung.pid() + ") gave no answer within " + describe(settings.requestTimeout())
                        + "; it was killed as hung and the next figure starts a fresh renderer. If figures are just "
                        + "slow, raise " + RendererSettings.Setting.TIMEOUT.property() + " / "
                        + RendererSettings.Setting.TIMEOUT.environmentVariable() + ". " + ExitReport.logPointer(logPath));
        if (!hung.markEnding()) {
            return;
        }
        RendererLogFile logFile;
        synchronized (lock) {
            logFile = log;
            if (session == hung) {
                session = null;
                state = RendererState.FAILED;
                lastError = timeout.getMessage();
            }
        }
        if (logFile != null) {
            logFile.note("renderer pid " + hung.pid() + " gave no answer within " + describe(settings.requestTimeout())
                    + "; killing it");
        }
        hung.kill(timeout);
    }

    private void stopSession(String why) {
        RendererSession current;
        synchronized (lock) {
            current = session;
            session = null;
            if (current == null) {
                if (state != RendererState.NOT_STARTED) {
                    state = RendererState.STOPPED;
                }
                return;
            }
            state = RendererState.STOPPING;
        }
        current.stop(STOP_GRACE, new RenderFailedException(RenderFailedException.STOPPED,
                "The renderer was stopped (" + why + ") while this figure was rendering. Render it again."));
        synchronized (lock) {
            if (state == RendererState.STOPPING) {
                state = RendererState.STOPPED;
            }
            if (log != null) {
                log.note("renderer pid " + current.pid() + " stopped: " + why);
            }
        }
    }

    private void stopIfIdle() {
        synchronized (lock) {
            if (closed || session == null || inFlight > 0 || starting != null
                    || System.nanoTime() - lastActivityNanos < settings.idleTimeout().toNanos()) {
                return;
            }
        }
        onLifecycleThread(() -> {
            synchronized (lock) {
                if (inFlight > 0 || System.nanoTime() - lastActivityNanos < settings.idleTimeout().toNanos()) {
                    return;
                }
            }
            stopSession("idle for " + describe(settings.idleTimeout()));
        });
    }

    private void requestStarted() {
        synchronized (lock) {
            inFlight++;
            lastActivityNanos = System.nanoTime();
            if (state == RendererState.READY) {
                state = RendererState.BUSY;
            }
        }
    }

    private void finish(CompletableFuture<List<RenderedImage>> result, long startNanos, List<RenderedImage> images,
                        RenderFailedException failure) {
        synchronized (lock) {
            inFlight--;
            lastActivityNanos = System.nanoTime();
            if (state == RendererState.BUSY && inFlight == 0) {
                state = RendererState.READY;
            }
        }
        if (failure == null) {
            renders.incrementAndGet();
            latencies.add(System.nanoTime() - startNanos);
            result.complete(images);
        } else {
            errors.incrementAndGet();
            result.completeExceptionally(failure);
        }
    }

    private List<RenderedImage> decode(Message reply) {
        try {
            if (reply.type() == MessageType.ERROR) {
                ErrorReply error = ErrorReply.fromMessage(reply, json);
                throw new RenderFailedException(error.type(), error.message());
            }
            if (reply.type() != MessageType.RENDER_REPLY) {
                throw new RenderFailedException(RenderFailedException.INTERNAL, "The renderer answered a render "
                        + "request with a " + reply.type().wireName() + " message.");
            }
            return RenderReply.fromMessage(reply, json).images();
        } catch (ProtocolException | IllegalArgumentException e) {
            throw new RenderFailedException(RenderFailedException.INTERNAL, "The renderer's reply could not be read: "
                    + e.getMessage(), e);
        }
    }

    /** Runs lifecycle work on its single thread (so starts and stops never interleave) and waits for it. */
    private void onLifecycleThread(Runnable work) {
        Future<?> done;
        try {
            done = lifecycle.submit(work);
        } catch (RejectedExecutionException e) {
            return;
        }
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void ensureOpen() {
        if (isClosed()) {
            throw closedError();
        }
    }

    private RenderFailedException closedError() {
        return new RenderFailedException(RenderFailedException.CLOSED,
                "This renderer manager is closed; create a new one (or use RendererManager.shared()).");
    }

    private static RenderFailedException asFailure(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof RenderFailedException r) {
            return r;
        }
        return new RenderFailedException(RenderFailedException.INTERNAL, "Rendering failed: " + cause, cause);
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderFailedException(RenderFailedException.INTERRUPTED,
                    "Interrupted while waiting for the renderer; the figure may still finish in the background.", e);
        } catch (ExecutionException e) {
            throw asFailure(e.getCause()).rethrown();
        }
    }

    static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
