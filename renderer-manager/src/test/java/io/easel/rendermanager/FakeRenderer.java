package io.easel.rendermanager;

import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;
import io.easel.protocol.Json;
import io.easel.protocol.Message;
import io.easel.protocol.MessageType;
import io.easel.protocol.ProtocolException;
import io.easel.protocol.RenderReply;
import io.easel.protocol.RenderRequest;
import io.easel.protocol.RendererStats;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** A renderer without a process: it keeps the requests it gets until the test answers, stops or crashes it. */
final class FakeRenderer implements RendererHandle {
    private static final AtomicInteger PIDS = new AtomicInteger(40_000);
    private static final Json JSON = Json.withDefaults();

    final long pid = PIDS.incrementAndGet();
    final CompletableFuture<Integer> exit = new CompletableFuture<>();
    final StderrTail tail = new StderrTail(20);
    final Map<String, Message> waiting = new ConcurrentHashMap<>();
    /** The request ids withdrawn with {@link #cancel}, in order. */
    final List<String> cancelled = new java.util.concurrent.CopyOnWriteArrayList<>();
    volatile CountDownLatch holdStop = new CountDownLatch(0);
    volatile boolean stopped;
    volatile boolean killed;
    volatile boolean released;
    /** What {@link #rssBytes()} reports. */
    volatile long rss = 100L * 1024 * 1024;
    private final Map<String, CompletableFuture<Message>> pending = new ConcurrentHashMap<>();
    private final AtomicBoolean ending = new AtomicBoolean();

    /** Answers every waiting render with one tiny image per output asked. */
    void answerAll() throws ProtocolException {
        for (String id : List.copyOf(waiting.keySet())) {
            Message request = waiting.remove(id);
            List<RenderedImage> images = new ArrayList<>();
            for (OutputRequest output : RenderRequest.fromMessage(request, JSON).outputs()) {
                images.add(new RenderedImage(output.format(), "img".getBytes(StandardCharsets.US_ASCII), 1, 1, 1));
            }
            pending.remove(id).complete(new RenderReply(images, 0, 0).toMessage(id, JSON));
        }
    }

    /** The process dies by itself with this exit code. */
    void crash(int code) {
        exit.complete(code);
    }

    @Override
    public long pid() {
        return pid;
    }

    @Override
    public int port() {
        return 0;
    }

    @Override
    public CompletableFuture<Integer> exit() {
        return exit;
    }

    @Override
    public boolean isAlive() {
        return !exit.isDone();
    }


    @Override
    public boolean isEnding() {
        return ending.get();
    }

    @Override
    public boolean markEnding() {
        return !ending.getAndSet(true);
    }

    @Override
    public long rssBytes() {
        return rss;
    }

    @Override
    public StderrTail tail() {
        return tail;
    }

    @Override
    public CompletableFuture<Message> call(Message request) {
        CompletableFuture<Message> reply = new CompletableFuture<>();
        if (request.type() == MessageType.RENDER) {
            pending.put(request.id(), reply);
            waiting.put(request.id(), request);
        }
        return reply;
    }

    @Override
    public void cancel(String requestId) {
        waiting.remove(requestId);
        CompletableFuture<Message> reply = pending.remove(requestId);
        if (reply != null) {
            cancelled.add(requestId);
            reply.completeExceptionally(new java.util.concurrent.CancellationException(requestId));
        }
    }

    @Override
    public CompletableFuture<Duration> ping(Duration timeout) {
        return CompletableFuture.completedFuture(Duration.ofMillis(1));
    }

    @Override
    public CompletableFuture<RendererStats> stats(Duration timeout) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("a fake keeps no counters"));
    }

    @Override
    public void failAll(RenderFailedException failure) {
        for (String id : List.copyOf(pending.keySet())) {
            waiting.remove(id);
            CompletableFuture<Message> reply = pending.remove(id);
            if (reply != null) {
                reply.completeExceptionally(failure);
            }
        }
    }

    @Override
    public void stop(Duration grace, RenderFailedException failure) {
        markEnding();
        try {
            holdStop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopped = true;
        failAll(failure);
        exit.complete(0);
    }

    @Override
    public void kill(RenderFailedException failure) {
        markEnding();
        killed = true;
        failAll(failure);
        exit.complete(137);
    }

    @Override
    public void release() {
        released = true;
    }
}
