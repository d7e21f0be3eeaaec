package io.easel.rendermanager;

import io.easel.protocol.Message;
import io.easel.protocol.RendererStats;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * One running renderer as the supervisor and the request channel use it: a process that ends some day and a
 * connection that answers messages. {@link RendererSession} is the real one; tests give fakes.
 */
interface RendererHandle {
    long pid();

    /** The loopback port it listens on, for status displays. */
    int port();

    /** Completes with the exit code once the process has ended and its output has been read. */
    CompletableFuture<Integer> exit();

    boolean isAlive();

    /** Its resident memory in bytes, 0 when unknown; read from outside, so it answers even while it is busy. */
    long rssBytes();

    /** Its last stderr lines, for crash reports. */
    StderrTail tail();

    /** True once someone decided this renderer ends (stop, hang, crash); it then takes no new work. */
    boolean isEnding();

    /** Marks the renderer as ending; returns false if it already was, so only one party reports its end. */
    boolean markEnding();

    /** Sends a request; the future completes with the reply of the same id (which may be an error reply). */
    CompletableFuture<Message> call(Message request);

    /**
     * Withdraws a request sent with {@link #call}: the renderer stops working on it and answers nothing more for
     * it, and the call's future fails with a {@link java.util.concurrent.CancellationException}. An id already
     * answered is ignored at both ends.
     */
    void cancel(String requestId);

    /** Round trip of a signed ping. */
    CompletableFuture<Duration> ping(Duration timeout);

    /** The renderer's own counters. */
    CompletableFuture<RendererStats> stats(Duration timeout);

    /** Fails every request still waiting with this error. */
    void failAll(RenderFailedException failure);

    /** Asks it to exit, kills it after the grace period; waiting requests fail with {@code failure}. */
    void stop(Duration grace, RenderFailedException failure);

    /** Kills it at once (a hang); waiting requests fail with {@code failure}. */
    void kill(RenderFailedException failure);

    /** Releases the connection once the process has gone. */
    void release();
}
