package io.easel.renderer;

import io.easel.plot.FigureErrorKind;
import io.easel.protocol.ColumnFiles;
import io.easel.protocol.ErrorReply;
import io.easel.protocol.Json;
import io.easel.protocol.Message;
import io.easel.renderer.engine.RenderEngine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A small pool that renders several requests at once, each under its own timeout. */
final class RenderWorkers implements AutoCloseable {
    private final int threads;
    private final int maxQueued;
    private final long defaultTimeoutMillis;
    private final RenderEngine engine;
    private final Json json;
    private final RendererCounters counters;
    private final ReplySender sender;
    private final StuckWorkers stuck;
    private final ColumnFiles columnFiles;
    private final ThreadPoolExecutor pool;
    private final ScheduledThreadPoolExecutor timer;
    /** Jobs not yet answered, by request id, so a cancel can find its job. */
    private final Map<String, RenderJob> pending = new ConcurrentHashMap<>();

    RenderWorkers(RendererOptions options, RenderEngine engine, Json json, RendererCounters counters,
                  ReplySender sender, Runnable onAllStuck) {
        this.threads = options.workers();
        this.maxQueued = options.maxQueued();
        this.defaultTimeoutMillis = options.defaultTimeoutMillis();
        this.engine = engine;
        this.json = json;
        this.counters = counters;
        this.sender = sender;
        this.stuck = new StuckWorkers(threads, onAllStuck);
        this.columnFiles = options.columnFiles();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                daemonThreads("easel-render-worker"));
        this.timer = new ScheduledThreadPoolExecutor(1, daemonThreads("easel-render-timer"));
        this.timer.setRemoveOnCancelPolicy(true);
    }

    int threads() {
        return threads;
    }

    int stuckCount() {
        return stuck.count();
    }

    void submit(byte[] peer, Message request) {
        int inFlight = counters.received();
        if (inFlight > threads + maxQueued) {
            counters.answered();
            counters.failed();
            sender.reply(peer, new ErrorReply(FigureErrorKind.OVERLOADED, "The renderer already has " + (inFlight - 1)
                    + " figures waiting. Wait for them to finish before sending more.").toMessage(request.id(), json));
            return;
        }
        long timeout = request.header().timeoutMillis() > 0 ? request.header().timeoutMillis() : defaultTimeoutMillis;
        RenderJob job = new RenderJob(peer, request, timeout, engine, json, columnFiles, counters, sender, stuck,
                pending);
        pending.put(request.id(), job);
        java.util.concurrent.Future<?> work = pool.submit(job);
        job.attach(work, timer.schedule(job::timeOut, timeout, TimeUnit.MILLISECONDS));
    }

    /** Withdraws a render the manager no longer waits for; an id already answered (or never seen) is ignored. */
    void cancel(String requestId) {
        RenderJob job = pending.get(requestId);
        if (job != null) {
            job.cancel(timer);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        pool.shutdownNow();
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
