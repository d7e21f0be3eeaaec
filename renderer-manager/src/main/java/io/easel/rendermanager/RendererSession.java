package io.easel.rendermanager;

import io.easel.plot.FigureErrorKind;
import io.easel.protocol.CancelRequest;
import io.easel.protocol.ErrorReply;
import io.easel.protocol.Json;
import io.easel.protocol.Message;
import io.easel.protocol.MessageHeader;
import io.easel.protocol.MessageType;
import io.easel.protocol.Pong;
import io.easel.protocol.ProtocolException;
import io.easel.protocol.RendererStats;
import io.easel.protocol.LaunchKeys;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** One running renderer process and the signed connection to it, from ready until it exits. */
final class RendererSession implements RendererHandle {
    /** How long a ping or a stats request may go unanswered before the renderer counts as silent. */
    static final Duration PING_TIMEOUT = Duration.ofSeconds(10);
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.US_ASCII);

    private final RendererProcess process;
    private final RendererConnection connection;
    private final LaunchKeys keys;
    private final Json json;
    private final String idPrefix;
    private final AtomicLong ids = new AtomicLong();
    private final AtomicBoolean ending = new AtomicBoolean();

    RendererSession(RendererProcess process, LaunchKeys keys, Json json, Executor callbacks) {
        this.process = process;
        this.json = json;
        this.connection = new RendererConnection(process.port(), keys, json, callbacks);
        this.keys = keys;
        this.idPrefix = "p" + process.pid() + "-";
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public int port() {
        return process.port();
    }

    @Override
    public CompletableFuture<Integer> exit() {
        return process.exit();
    }

    @Override
    public long rssBytes() {
        return ProcessRss.of(process.pid());
    }

    @Override
    public StderrTail tail() {
        return process.tail();
    }

    @Override
    public boolean isAlive() {
        return !process.exit().isDone() && process.isAlive();
    }

    @Override
    public boolean isEnding() {
        return ending.get();
    }

    @Override
    public boolean markEnding() {
        return ending.compareAndSet(false, true);
    }

    private String nextId() {
        return idPrefix + ids.incrementAndGet();
    }

    @Override
    public CompletableFuture<Message> call(Message request) {
        return connection.call(request);
    }

    @Override
    public void cancel(String requestId) {
        connection.cancel(requestId, new CancelRequest(requestId).toMessage(nextId(), json));
    }

    /** This launch's keys; tests use them to play a stranger who knows some of them. */
    LaunchKeys keys() {
        return keys;
    }

    /** Round trip of a signed ping; proves the renderer listens and holds our key. */
    @Override
    public CompletableFuture<Duration> ping(Duration timeout) {
        long start = System.nanoTime();
        return connection.call(new Message(MessageHeader.of(nextId(), MessageType.PING), EMPTY_OBJECT, List.of()))
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(reply -> {
                    expect(reply, MessageType.PONG);
                    try {
                        Pong.fromMessage(reply, json);
                    } catch (ProtocolException e) {
                        throw new RenderFailedException(FigureErrorKind.INTERNAL, "Unreadable pong: " + e.getMessage());
                    }
                    return Duration.ofNanos(System.nanoTime() - start);
                });
    }

    @Override
    public CompletableFuture<RendererStats> stats(Duration timeout) {
        return connection.call(new Message(MessageHeader.of(nextId(), MessageType.STATS), EMPTY_OBJECT, List.of()))
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(reply -> {
                    expect(reply, MessageType.STATS_REPLY);
                    try {
                        return RendererStats.fromMessage(reply, json);
                    } catch (ProtocolException e) {
                        throw new RenderFailedException(FigureErrorKind.INTERNAL, "Unreadable stats: " + e.getMessage());
                    }
                });
    }

    @Override
    public void failAll(RenderFailedException failure) {
        connection.failAll(failure);
    }

    /**
     * Asks the renderer to exit, closes its stdin (its other cue), and kills it if it is still there after
     * the grace period. Requests still waiting fail with {@code failure}.
     */
    @Override
    public void stop(Duration grace, RenderFailedException failure) {
        markEnding();
        connection.call(new Message(MessageHeader.of(nextId(), MessageType.SHUTDOWN), EMPTY_OBJECT, List.of()));
        process.closeStdin();
        process.awaitExit(process.recordsArchive() ? grace.multipliedBy(5) : grace);
        connection.failAll(failure);
        connection.close();
    }

    @Override
    public void kill(RenderFailedException failure) {
        markEnding();
        connection.failAll(failure);
        process.kill();
    }

    @Override
    public void release() {
        connection.close();
    }

    private void expect(Message reply, MessageType type) {
        if (reply.type() == MessageType.ERROR) {
            try {
                ErrorReply error = ErrorReply.fromMessage(reply, json);
                throw new RenderFailedException(error.kind(), error.message());
            } catch (ProtocolException e) {
                throw new RenderFailedException(FigureErrorKind.INTERNAL, "Unreadable error reply: " + e.getMessage());
            }
        }
        if (reply.type() != type) {
            throw new RenderFailedException(FigureErrorKind.INTERNAL, "The renderer answered a "
                    + type.wireName() + " request with " + reply.type().wireName() + ".");
        }
    }
}
