package io.easel.rendermanager;

import io.easel.plot.FigureErrorKind;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

/**
 * Keeps one renderer alive on demand and owns its {@link RendererState}: not started, starting, ready and busy,
 * stopping, stopped, failed. A start that fails is retried only after the {@link RestartBackoff}; a renderer idle
 * past the idle timeout is stopped; one silent past the request timeout (plus {@link #HANG_GRACE}) is killed as hung;
 * one that exits by itself fails the requests in flight with its exit code and last stderr lines. The next request
 * after any of these starts a fresh renderer.
 *
 * <p>A renderer that has served its {@link RecyclePolicy} (a number of figures, or a memory mark) is recycled: a
 * fresh one starts beside it while it keeps rendering, and takes over at the first moment no figure is in flight, so
 * no figure waits for the start or fails; the old one is then stopped the ordinary way.
 *
 * <p>Starts and stops run on one lifecycle thread so they never interleave; timers come from the
 * {@link RendererClock} and launches from the {@link Launcher}, so every transition can be driven by a test
 * without a real process. This class is longer than most here because the states and the events that move between
 * them share one lock and read best in one place. Thread-safe.
 */
final class RendererSupervisor implements AutoCloseable {
    /** Extra time past the renderer's own timeout before the supervisor declares it hung. */
    static final Duration HANG_GRACE = Duration.ofSeconds(2);
    private static final Duration STOP_GRACE = Duration.ofSeconds(2);

    private final RendererSettings settings;
    private final Path logPath;
    private final Launcher launcher;
    private final RendererClock clock;
    private final ExecutorService lifecycle;
    private final RestartBackoff backoff;
    private final RecyclePolicy recycle;
    private final Object lock = new Object();

    // Guarded by lock.
    private RendererState state = RendererState.NOT_STARTED;
    private RendererHandle current;
    private long readyAtNanos;
    private CompletableFuture<RendererHandle> starting;
    private RenderFailedException lastStartFailure;
    private String lastError;
    private boolean renderFailed;
    private boolean closed;
    private int inFlight;
    private long lastActivityNanos;
    private long launches;
    private RendererLogFile log;
    /** A fresh renderer that takes over from {@link #current} at the next moment without figures in flight. */
    private RendererHandle spare;
    private long servedByCurrent;
    private boolean recycleQueued;
    private Future<?> memoryCheck;
    private long recyclePausedUntilNanos;
    /** Set when the memory mark turned out to be below a fresh renderer's own footprint. */
    private boolean memoryMarkOff;

    RendererSupervisor(RendererSettings settings, Path logPath, Launcher launcher, RendererClock clock) {
        this.settings = settings;
        this.logPath = logPath;
        this.launcher = launcher;
        this.clock = clock;
        this.lastActivityNanos = clock.nanoTime();
        this.backoff = new RestartBackoff(settings.restartBackoff(), settings.maxRestartBackoff(), clock::nanoTime);
        this.recycle = RecyclePolicy.of(settings);
        this.recyclePausedUntilNanos = clock.nanoTime();
        this.lifecycle = Executors.newSingleThreadExecutor(DaemonThreads.named("easel-renderer-lifecycle"));
        if (!settings.idleTimeout().isZero()) {
            scheduleIdleCheck();
        }
    }

    /** What a status display shows of the supervisor. */
    record Snapshot(RendererState state, RendererHandle current, Duration uptime, long launches, int inFlight,
                    String lastError) {
    }

    Snapshot snapshot() {
        synchronized (lock) {
            Duration uptime = current == null ? Duration.ZERO : Duration.ofNanos(clock.nanoTime() - readyAtNanos);
            return new Snapshot(state, current, uptime, launches, inFlight, lastError);
        }
    }

    /** The running renderer, if there is one that takes work. */
    Optional<RendererHandle> running() {
        synchronized (lock) {
            return Optional.ofNullable(current);
        }
    }

    boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    /** A ready renderer, starting one if none runs; fails at once while a failed start's backoff lasts. */
    CompletableFuture<RendererHandle> acquire() {
        synchronized (lock) {
            if (closed) {
                return CompletableFuture.failedFuture(closedError());
            }
            if (current != null && !current.isEnding() && current.isAlive()) {
                return CompletableFuture.completedFuture(current);
            }
            if (starting != null) {
                return starting;
            }
            if (current == null && spare != null && spare.isAlive() && !spare.isEnding()) {
                // the renderer it was to replace died first: the fresh one is ready, and no start is needed
                takeOverBySpare();
                return CompletableFuture.completedFuture(current);
            }
            Optional<Duration> wait = backoff.remaining();
            if (wait.isPresent() && lastStartFailure != null) {
                return CompletableFuture.failedFuture(new RenderFailedException(FigureErrorKind.START_FAILED,
                        lastStartFailure.getMessage() + "\n(The renderer failed to start "
                                + backoff.failures() + " time(s); Easel tries again in "
                                + Math.max(1, (wait.get().toMillis() + 999) / 1000) + " s.)", lastStartFailure));
            }
            state = RendererState.STARTING;
            CompletableFuture<RendererHandle> future = new CompletableFuture<>();
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

    /** A request was accepted: the renderer is busy and not idle. */
    void requestStarted() {
        synchronized (lock) {
            if (memoryCheck != null) {
                memoryCheck.cancel(false);
                memoryCheck = null;
            }
            inFlight++;
            lastActivityNanos = clock.nanoTime();
            if (state == RendererState.READY) {
                state = RendererState.BUSY;
            }
        }
    }

    /** A request was answered or failed; with none left in flight, a waiting fresh renderer takes over. */
    void requestFinished() {
        RendererHandle retired = null;
        synchronized (lock) {
            inFlight--;
            servedByCurrent++;
            lastActivityNanos = clock.nanoTime();
            if (state == RendererState.BUSY && inFlight == 0) {
                state = RendererState.READY;
            }
            if (inFlight == 0) {
                retired = takeOverBySpare();
                if (retired == null) {
                    considerRecycling();
                }
            }
        }
        if (retired != null) {
            retire(retired);
        }
    }

    /** A figure failed; its message may point at the log, so the log outlives the session. */
    void renderFailed() {
        synchronized (lock) {
            renderFailed = true;
        }
    }

    /** Kills the renderer if {@code result} is not done by the request timeout plus {@link #HANG_GRACE}. */
    Future<?> watchForHang(RendererHandle renderer, CompletableFuture<?> result) {
        try {
            return clock.schedule(() -> {
                if (!result.isDone()) {
                    killHung(renderer);
                }
            }, settings.requestTimeout().plus(HANG_GRACE));
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(null); // closed: stopping fails the request anyway
        }
    }

    /** Stops the renderer and waits; the next request starts a new one. */
    void stop(String why) {
        onLifecycleThread(() -> stopCurrent(why));
    }

    /** Stops the renderer and forgets any failed starts, so the next start is tried at once. */
    void restart() {
        onLifecycleThread(() -> stopCurrent("restart requested"));
        backoff.reset();
    }

    /** Stops the renderer; later requests fail with kind CLOSED. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            onLifecycleThread(() -> stopCurrent("the renderer manager was closed"));
        } finally {
            lifecycle.shutdown();
            clock.close();
            synchronized (lock) {
                if (log != null) {
                    log.close();
                }
                if (settings.logFile() == null) {
                    // a log of a session in which neither the renderer nor a figure failed holds nothing anyone will look for
                    PrivateLogDirectory.managerClosed(logPath, lastError == null && !renderFailed);
                }
            }
        }
    }

    RenderFailedException closedError() {
        return new RenderFailedException(FigureErrorKind.CLOSED,
                "This renderer manager is closed; create a new one (or use RendererManager.shared()).");
    }

    private void runStart(CompletableFuture<RendererHandle> future) {
        RendererHandle started = null;
        RenderFailedException failure = null;
        try {
            started = launch();
        } catch (RenderFailedException e) {
            failure = e;
        } catch (RuntimeException e) {
            failure = new RenderFailedException(FigureErrorKind.START_FAILED, "Starting the renderer failed: " + e, e);
        }
        RendererHandle unwanted = null;
        synchronized (lock) {
            starting = null;
            if (failure == null && closed) {
                unwanted = started;
                failure = closedError();
            } else if (failure == null) {
                current = started;
                state = inFlight > 0 ? RendererState.BUSY : RendererState.READY;
                lastStartFailure = null;
                readyAtNanos = clock.nanoTime();
                lastActivityNanos = readyAtNanos;
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

    private RendererHandle launch() {
        RendererLogFile logFile;
        synchronized (lock) {
            launches++;
            if (log == null) {
                log = RendererLogFile.open(logPath);
            }
            logFile = log;
        }
        RendererHandle started = launcher.launch(logFile);
        started.exit().whenComplete((code, error) -> onExit(started, code == null ? -1 : code));
        return started;
    }

    private void onExit(RendererHandle ended, int code) {
        boolean unexpected = ended.markEnding();
        RenderFailedException crash = unexpected
                ? new RenderFailedException(FigureErrorKind.CRASHED, crashMessage(ended, code)) : null;
        failed(ended, crash, "renderer pid " + ended.pid() + " exited with " + ExitReport.describeCode(code)
                + (unexpected ? " unexpectedly" : ""));
        if (crash != null) {
            ended.failAll(crash);
        }
        ended.release();
    }

    /** Notes how a renderer ended; if it ended badly and was the current one, the state becomes FAILED. */
    private void failed(RendererHandle ended, RenderFailedException failure, String note) {
        RendererLogFile logFile;
        synchronized (lock) {
            logFile = log;
            if (spare == ended) {
                spare = null;
            }
            if (failure != null && current == ended) {
                current = null;
                state = RendererState.FAILED;
                lastError = failure.getMessage();
            }
        }
        if (logFile != null) {
            logFile.note(note);
        }
    }

    private String crashMessage(RendererHandle ended, int code) {
        String hint = ExitReport.hint(code, ended.tail(), settings);
        return "The renderer (pid " + ended.pid() + ") exited with " + ExitReport.describeCode(code)
                + " while figures were in flight. " + (hint.isEmpty() ? "" : hint + " ")
                + "The next figure starts a new renderer.\n" + ExitReport.stderrTail(ended.tail()) + "\n"
                + ExitReport.logPointer(logPath);
    }

    private void killHung(RendererHandle hung) {
        RenderFailedException timeout = new RenderFailedException(FigureErrorKind.TIMEOUT,
                "The renderer (pid " + hung.pid() + ") gave no answer within " + describe(settings.requestTimeout())
                        + "; it was killed as hung and the next figure starts a fresh renderer. If figures are just "
                        + "slow, raise " + RendererSettings.Setting.TIMEOUT.property() + " / "
                        + RendererSettings.Setting.TIMEOUT.environmentVariable() + ". "
                        + ExitReport.logPointer(logPath));
        if (!hung.markEnding()) {
            return;
        }
        failed(hung, timeout, "renderer pid " + hung.pid() + " gave no answer within "
                + describe(settings.requestTimeout()) + "; killing it");
        hung.kill(timeout);
    }

    private void stopCurrent(String why) {
        RendererHandle stopping;
        RendererHandle unusedSpare;
        synchronized (lock) {
            unusedSpare = spare;
            spare = null;
            stopping = current;
            current = null;
            if (stopping == null) {
                if (state != RendererState.NOT_STARTED) {
                    state = RendererState.STOPPED;
                }
            } else {
                state = RendererState.STOPPING;
            }
        }
        if (unusedSpare != null) {
            unusedSpare.stop(STOP_GRACE, stoppedError(why));
        }
        if (stopping == null) {
            return;
        }
        stopping.stop(STOP_GRACE, stoppedError(why));
        synchronized (lock) {
            if (state == RendererState.STOPPING) {
                state = RendererState.STOPPED;
            }
            if (log != null) {
                log.note("renderer pid " + stopping.pid() + " stopped: " + why);
            }
        }
    }

    private static RenderFailedException stoppedError(String why) {
        return new RenderFailedException(FigureErrorKind.STOPPED,
                "The renderer was stopped (" + why + ") while this figure was rendering. Render it again.");
    }

    /* ---------------- recycling ---------------- */

    /**
     * With no figure in flight, queues a recycle when the renderer has served its count, or a memory check once it
     * has been quiet for {@link RecyclePolicy#MEMORY_CHECK_QUIET}. Called under the lock.
     */
    private void considerRecycling() {
        if (closed || current == null || spare != null || starting != null || recycleQueued
                || clock.nanoTime() < recyclePausedUntilNanos) {
            return;
        }
        if (recycle.dueByCount(servedByCurrent)) {
            queueRecycle();
        } else if (recycle.watchesMemory() && !memoryMarkOff) {
            if (memoryCheck != null) {
                memoryCheck.cancel(false);
            }
            try {
                memoryCheck = clock.schedule(() -> {
                    synchronized (lock) {
                        memoryCheck = null;
                        if (inFlight == 0 && !recycleQueued) {
                            queueRecycle();
                        }
                    }
                }, RecyclePolicy.MEMORY_CHECK_QUIET);
            } catch (RejectedExecutionException e) {
                // closed: nothing left to recycle
            }
        }
    }

    /** Under the lock. */
    private void queueRecycle() {
        try {
            lifecycle.execute(this::recycleIfDue);
            recycleQueued = true;
        } catch (RejectedExecutionException e) {
            // closed: nothing left to recycle
        }
    }

    /**
     * On the lifecycle thread: if the current renderer has served its policy, starts a fresh one beside it; the
     * fresh one takes over at once if no figure is in flight, else when the last one finishes.
     */
    private void recycleIfDue() {
        RendererHandle serving;
        long served;
        boolean watchMemory;
        synchronized (lock) {
            recycleQueued = false;
            if (closed || current == null || spare != null || starting != null || current.isEnding()) {
                return;
            }
            serving = current;
            served = servedByCurrent;
            watchMemory = recycle.watchesMemory() && !memoryMarkOff;
        }
        String reason = recycle.reason(served, watchMemory ? serving.rssBytes() : 0);
        if (reason == null) {
            return;
        }
        note("replacing renderer pid " + serving.pid() + " with a fresh one, as " + reason
                + "; the fresh one starts beside it and takes over between figures");
        RendererHandle fresh;
        try {
            fresh = launch();
        } catch (RuntimeException e) {
            synchronized (lock) {
                recyclePausedUntilNanos = clock.nanoTime() + settings.maxRestartBackoff().toNanos();
                servedByCurrent = 0;
            }
            note("could not start a fresh renderer to replace pid " + serving.pid() + " (" + e.getMessage()
                    + "); it keeps serving, and recycling waits " + describe(settings.maxRestartBackoff()));
            return;
        }
        long freshRss = watchMemory ? fresh.rssBytes() : 0;
        boolean markBelowFresh = watchMemory && freshRss >= recycle.rssBytes();
        RendererHandle retired = null;
        RendererHandle unwanted = null;
        synchronized (lock) {
            if (closed || starting != null || (current != serving && current != null)) {
                unwanted = fresh; // closed, or another start took over meanwhile
            } else {
                spare = fresh;
                if (inFlight == 0 || current == null) {
                    retired = takeOverBySpare();
                }
            }
            if (unwanted == null && markBelowFresh) {
                memoryMarkOff = true;
            }
        }
        if (unwanted != null) {
            unwanted.stop(STOP_GRACE, stoppedError("it was not needed"));
            return;
        }
        if (markBelowFresh) {
            note("the memory mark " + RecyclePolicy.megabytes(recycle.rssBytes()) + " MB is below a fresh renderer's "
                    + RecyclePolicy.megabytes(freshRss) + " MB, so recycling by memory is off for this session; raise "
                    + RendererSettings.Setting.RECYCLE_RSS.property() + " / "
                    + RendererSettings.Setting.RECYCLE_RSS.environmentVariable() + " (or set it to 0)");
        }
        if (retired != null) {
            retired.stop(STOP_GRACE, stoppedError("replaced by a fresh renderer"));
        }
    }

    /**
     * Under the lock, with no figure in flight: the spare becomes the current renderer. Returns the renderer it
     * replaced, marked as ending, for the caller to stop outside the lock; null when nothing changed hands.
     */
    private RendererHandle takeOverBySpare() {
        if (spare == null || closed) {
            return null;
        }
        RendererHandle fresh = spare;
        spare = null;
        if (!fresh.isAlive() || fresh.isEnding()) {
            return null;
        }
        RendererHandle old = current;
        current = fresh;
        readyAtNanos = clock.nanoTime();
        servedByCurrent = 0;
        state = inFlight > 0 ? RendererState.BUSY : RendererState.READY;
        if (old == null || !old.markEnding()) {
            return null;
        }
        if (log != null) {
            log.note("renderer pid " + fresh.pid() + " took over from pid " + old.pid());
        }
        return old;
    }

    /** Stops a replaced renderer on the lifecycle thread; it has no figure in flight, so none fails. */
    private void retire(RendererHandle old) {
        try {
            lifecycle.execute(() -> old.stop(STOP_GRACE, stoppedError("replaced by a fresh renderer")));
        } catch (RejectedExecutionException e) {
            old.stop(STOP_GRACE, stoppedError("the renderer manager was closed"));
        }
    }

    private void note(String text) {
        RendererLogFile logFile;
        synchronized (lock) {
            logFile = log;
        }
        if (logFile != null) {
            logFile.note(text);
        }
    }

    private void scheduleIdleCheck() {
        Duration idle = settings.idleTimeout();
        Duration period = Duration.ofMillis(Math.max(100, Math.min(5_000, idle.toMillis() / 4)));
        try {
            clock.schedule(() -> {
                stopIfIdle();
                scheduleIdleCheck();
            }, period);
        } catch (RejectedExecutionException e) {
            // closed: nothing left to stop
        }
    }

    private void stopIfIdle() {
        if (!isIdle()) {
            return;
        }
        onLifecycleThread(() -> {
            if (isIdle()) {
                stopCurrent("idle for " + describe(settings.idleTimeout()));
            }
        });
    }

    private boolean isIdle() {
        synchronized (lock) {
            return !closed && current != null && inFlight == 0 && starting == null
                    && clock.nanoTime() - lastActivityNanos >= settings.idleTimeout().toNanos();
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

    static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
