package io.easel.renderer;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.spi.RenderedImage;
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
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One render request from arrival to its single answer. Whichever comes first answers: the worker with
 * images or an error, or the timeout with a timeout error; the other is discarded.
 */
final class RenderJob implements Runnable {
    private final byte[] peer;
    private final Message request;
    private final long receivedNanos = System.nanoTime();
    private final long timeoutMillis;
    private final RenderEngine engine;
    private final Json json;
    private final RendererCounters counters;
    private final ReplySender sender;
    private final StuckWorkers stuck;
    private final AtomicBoolean answered = new AtomicBoolean();
    private boolean running;
    private boolean abandoned;
    private volatile Future<?> future;
    private volatile Future<?> timer;

    RenderJob(byte[] peer, Message request, long timeoutMillis, RenderEngine engine, Json json,
              RendererCounters counters, ReplySender sender, StuckWorkers stuck) {
        this.peer = peer;
        this.request = request;
        this.timeoutMillis = timeoutMillis;
        this.engine = engine;
        this.json = json;
        this.counters = counters;
        this.sender = sender;
        this.stuck = stuck;
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
        }
        try {
            long startNanos = System.nanoTime();
            RenderRequest render = RenderRequest.fromMessage(request, json);
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
            synchronized (this) {
                running = false;
                if (abandoned) {
                    stuck.released();
                }
            }
        }
    }

    /** Called by the timer when the request's time is up. */
    void timeOut() {
        if (!answered.compareAndSet(false, true)) {
            return;
        }
        counters.answered();
        counters.timedOut();
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
        Future<?> f = future;
        if (f != null) {
            f.cancel(true);
        }
        synchronized (this) {
            if (running) {
                abandoned = true;
                stuck.abandoned(request.id());
            }
        }
    }

    private void fail(FigureErrorKind kind, String message) {
        answer(new ErrorReply(kind, message).toMessage(request.id(), json), counters::failed);
    }

    /** Counts the outcome before the reply leaves, so a stats request sent right after the reply sees it. */
    private void answer(Message reply, Runnable countOutcome) {
        if (!answered.compareAndSet(false, true)) {
            return;
        }
        counters.answered();
        countOutcome.run();
        Future<?> t = timer;
        if (t != null) {
            t.cancel(false);
        }
        sender.reply(peer, reply);
    }

    private static String describe(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
