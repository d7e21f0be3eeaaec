package io.easel.renderer;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.spi.RenderedImage;
import io.easel.protocol.ColumnFiles;
import io.easel.protocol.ErrorReply;
import io.easel.protocol.Json;
import io.easel.protocol.Message;
import io.easel.protocol.ProtocolException;
import io.easel.protocol.RenderReply;
import io.easel.protocol.RenderRequest;
import io.easel.renderer.engine.RenderEngine;
import io.easel.renderer.engine.RenderException;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One render request from arrival to its single answer. Whichever comes first answers: the worker with
 * images or an error, or the timeout with a timeout error; the other is discarded. A cancel from the manager
 * also claims the answer, but sends nothing: the manager has stopped waiting.
 */
final class RenderJob implements Runnable {
    /** How long a cancelled render may take to notice its interrupt before its thread is stopped. */
    static final long STOP_GRACE_MILLIS = 300;
    /** How soon a stop put off because the worker was initialising a class is tried again. */
    static final long CLASS_INIT_RETRY_MILLIS = 20;

    private final byte[] peer;
    private final Message request;
    private final long receivedNanos = System.nanoTime();
    private final long timeoutMillis;
    private final RenderEngine engine;
    private final Json json;
    private final RendererCounters counters;
    private final ReplySender sender;
    private final ColumnFiles columnFiles;
    private final StuckWorkers stuck;
    private final Map<String, RenderJob> registry;
    private final AtomicBoolean answered = new AtomicBoolean();
    private boolean running;
    private Thread worker;
    private boolean stopSent;
    private boolean abandoned;
    private volatile Future<?> future;
    private volatile Future<?> timer;

    /** @param columnFiles the column directory the renderer was launched with, or null */
    RenderJob(byte[] peer, Message request, long timeoutMillis, RenderEngine engine, Json json,
              ColumnFiles columnFiles, RendererCounters counters, ReplySender sender, StuckWorkers stuck,
              Map<String, RenderJob> registry) {
        this.peer = peer;
        this.request = request;
        this.timeoutMillis = timeoutMillis;
        this.engine = engine;
        this.json = json;
        this.columnFiles = columnFiles;
        this.counters = counters;
        this.sender = sender;
        this.stuck = stuck;
        this.registry = registry;
    }

    long timeoutMillis() {
        return timeoutMillis;
    }

    /** The worker's future lets the timeout interrupt it; cancelling the timer frees the request early. */
    void attach(Future<?> future, Future<?> timer) {
        this.future = future;
        this.timer = timer;
        if (answered.get()) {
            timer.cancel(false);
        }
    }

    @Override
    public void run() {
        synchronized (this) {
            if (answered.get()) {
                return;
            }
            running = true;
            worker = Thread.currentThread();
        }
        try {
            long startNanos = System.nanoTime();
            RenderRequest render = RenderRequest.fromMessage(request, json, columnFiles);
            List<RenderedImage> images = engine.render(render.spec(), render.width(), render.height(),
                    render.outputs());
            long now = System.nanoTime();
            answer(new RenderReply(images, startNanos - receivedNanos, now - receivedNanos)
                    .toMessage(request.id(), json), counters::rendered);
        } catch (ProtocolException e) {
            fail(e.kind(), e.getMessage());
        } catch (RenderException e) {
            if (e.kind() == FigureErrorKind.INTERNAL) {
                StderrLog.warn("render " + request.id() + " failed inside the engine", e);
            }
            fail(e.kind(), e.getMessage());
        } catch (StackOverflowError e) {
            fail(FigureErrorKind.INTERNAL, "The figure spec made the renderer overflow its stack; it is probably nested "
                    + "too deeply. Simplify the spec.");
        } catch (RuntimeException | LinkageError | AssertionError e) {
            if (!answered.get()) {
                StderrLog.warn("render " + request.id() + " failed", e);
            }
            fail(FigureErrorKind.INTERNAL, "The renderer failed on this figure: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + ". The renderer's log has the stack trace.");
        } finally {
            try {
                leave();
            } catch (ThreadDeath late) {
                // the stop meant for the render arrived as it ended, at the monitor above; only one is ever sent
                leave();
            }
        }
    }

    private synchronized void leave() {
        if (!running) {
            return;
        }
        running = false;
        worker = null;
        if (abandoned) {
            stuck.released();
        }
    }

    /** Called by the timer when the request's time is up. */
    void timeOut() {
        if (!claimAnswer(counters::timedOut)) {
            return;
        }
        boolean started;
        synchronized (this) {
            started = running;
        }
        String message = started
                ? "The figure took longer than " + describe(timeoutMillis) + " to render and was abandoned. Make it "
                + "lighter (fewer points, smaller size) or raise the timeout (easel.renderer.timeout)."
                : "The figure waited " + describe(timeoutMillis) + " behind other figures in the renderer's queue "
                + "and was dropped before it started. Send fewer figures at once or raise the timeout "
                + "(easel.renderer.timeout).";
        sender.reply(peer, new ErrorReply(FigureErrorKind.TIMEOUT, message).toMessage(request.id(), json));
        interruptWorker();
        synchronized (this) {
            if (running) {
                abandoned = true;
                stuck.abandoned(request.id());
            }
        }
    }

    /**
     * Called when the manager withdrew the request. Nothing is sent back. A queued job never starts; a running one
     * is interrupted like a timed-out one, and since Lets-Plot's layout never looks at the interrupt (a 2,000,000
     * point scatter spends half a minute in it), a worker still on it after {@link #STOP_GRACE_MILLIS} is stopped
     * by force, so the next figure finds it free. Where the JVM can no longer stop threads (Java 20+) the worker
     * counts as stuck, as after a timeout.
     */
    void cancel(ScheduledExecutorService timers) {
        if (!claimAnswer(counters::cancelled)) {
            return;
        }
        Future<?> t = timer;
        if (t != null) {
            t.cancel(false);
        }
        interruptWorker();
        timers.schedule(() -> stopIfStillRunning(timers), STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * First call: stops the thread. Second call, a grace later: a thread still on this render swallowed the
     * ThreadDeath (a catch-all inside a library), so it is counted stuck rather than stopped again, because a second
     * stop could land after the render ended and kill the worker's next render.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private void stopIfStillRunning(ScheduledExecutorService timers) {
        synchronized (this) {
            if (!running || abandoned) {
                return;
            }
            if (stopSent) {
                abandoned = true;
                stuck.abandoned(request.id());
                return;
            }
            try {
                // The job has been answered, so the thread is inside the render and not handing a reply to the
                // socket; the engine holds nothing another render needs but the JSVG lock, which ThreadDeath releases.
                // One thing ThreadDeath must never hit is a static initialiser: the class would stay unusable for the
                // life of the JVM ("Could not initialize class ..."), failing every later figure that needs it. So the
                // worker is held still while its stack is read, and stopped only when no <clinit> is on it.
                worker.suspend();
                try {
                    if (initialisingAClass(worker.getStackTrace())) {
                        timers.schedule(() -> stopIfStillRunning(timers), CLASS_INIT_RETRY_MILLIS,
                                TimeUnit.MILLISECONDS);
                        return;
                    }
                    stopSent = true;
                    worker.stop();
                } finally {
                    worker.resume();
                }
            } catch (UnsupportedOperationException e) {
                abandoned = true;
                stuck.abandoned(request.id());
                return;
            }
        }
        StderrLog.warn("render " + request.id() + " was cancelled and ignored its interrupt; its worker was stopped");
        timers.schedule(() -> stopIfStillRunning(timers), STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS);
    }

    static boolean initialisingAClass(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if ("<clinit>".equals(frame.getMethodName())) {
                return true;
            }
        }
        return false;
    }

    private void interruptWorker() {
        Future<?> f = future;
        if (f != null) {
            f.cancel(true);
        }
    }

    private void fail(FigureErrorKind kind, String message) {
        answer(new ErrorReply(kind, message).toMessage(request.id(), json), counters::failed);
    }

    /** Counts the outcome before the reply leaves, so a stats request sent right after the reply sees it. */
    private void answer(Message reply, Runnable countOutcome) {
        if (!claimAnswer(countOutcome)) {
            return;
        }
        Future<?> t = timer;
        if (t != null) {
            t.cancel(false);
        }
        sender.reply(peer, reply);
    }

    /** True for the one caller that gets to answer (or withdraw) the request; it is counted and forgotten then. */
    private boolean claimAnswer(Runnable countOutcome) {
        if (!answered.compareAndSet(false, true)) {
            return false;
        }
        registry.remove(request.id(), this);
        counters.answered();
        countOutcome.run();
        return true;
    }

    private static String describe(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
