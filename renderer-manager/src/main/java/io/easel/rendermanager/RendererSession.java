package io.easel.rendermanager;

import io.easel.plot.FigureErrorKind;
import io.easel.protocol.ErrorReply;
import io.easel.protocol.Json;
import io.easel.protocol.Message;
import io.easel.protocol.MessageHeader;
import io.easel.protocol.MessageType;
import io.easel.protocol.Pong;
import io.easel.protocol.ProtocolException;
import io.easel.protocol.RendererStats;
import io.easel.protocol.SigningKey;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** One running renderer: its process and the connection to it, from ready until it exits. */
final class RendererSession {
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.US_ASCII);

    private final RendererProcess process;
    private final RendererConnection connection;
    private final Json json;
    private final String idPrefix;
    private final AtomicLong ids = new AtomicLong();
    private final AtomicBoolean ending = new AtomicBoolean();

    RendererSession(RendererProcess process, SigningKey key, Json json, Executor callbacks) {
        this.process = process;
        this.json = json;
        this.connection = new RendererConnection(process.port(), key, json, callbacks);
        this.idPrefix = "p" + process.pid() + "-";
    }

    RendererProcess process() {
        return process;
    }

    RendererConnection connection() {
        return connection;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return !process.exit().isDone() && process.isAlive();
    }

    /** True once someone decided this session ends (stop, hang, crash); it then takes no new work. */
    boolean isEnding() {
        return ending.get();
    }

    /** Marks the session as ending; returns false if it already was. */
    boolean markEnding() {
        return ending.compareAndSet(false, true);
    }

    String nextId() {
        return idPrefix + ids.incrementAndGet();
    }

    CompletableFuture<Message> call(Message request) {
        return connection.call(request);
    }

    /** Round trip of a signed ping; proves the renderer listens and holds our key. */
    CompletableFuture<Duration> ping(Duration timeout) {
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

    CompletableFuture<RendererStats> stats(Duration timeout) {
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

    /**
     * Asks the renderer to exit, closes its stdin (its other cue), and kills it if it is still there after
     * the grace period. Requests still waiting fail with {@code failure}.
     */
    int stop(Duration grace, RenderFailedException failure) {
        markEnding();
        connection.call(new Message(MessageHeader.of(nextId(), MessageType.SHUTDOWN), EMPTY_OBJECT, List.of()));
        process.closeStdin();
        int code = process.awaitExit(process.recordsArchive() ? grace.multipliedBy(5) : grace);
        connection.failAll(failure);
        connection.close();
        return code;
    }

    /** Kills the process at once (a hang); waiting requests fail with {@code failure}. */
    void kill(RenderFailedException failure) {
        markEnding();
        connection.failAll(failure);
        process.kill();
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
