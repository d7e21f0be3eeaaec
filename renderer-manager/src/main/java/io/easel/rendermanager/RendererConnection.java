package io.easel.rendermanager;

import io.easel.plot.FigureErrorKind;
import io.easel.protocol.Json;
import io.easel.protocol.Message;
import io.easel.protocol.MessageCodec;
import io.easel.protocol.RejectedMessageException;
import io.easel.protocol.LaunchKeys;
import io.easel.protocol.SocketSecurity;
import io.easel.protocol.SocketLoop;

import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The manager's DEALER socket to one renderer, CURVE-encrypted with the launch's keys (so only the process holding
 * the renderer's secret key can answer), and the requests waiting for their replies. Replies are
 * matched by id; futures complete on the callback executor, never on the socket thread, so slow user
 * callbacks cannot stall the connection.
 */
final class RendererConnection implements AutoCloseable {
    private static final int HANDSHAKE_MILLIS = 1_000;
    private final ZContext context = new ZContext(1);
    private final MessageCodec codec;
    private final SocketLoop loop;
    private final Executor callbacks;
    private final Map<String, CompletableFuture<Message>> pending = new ConcurrentHashMap<>();
    private volatile Throwable closedWith;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final long maxFrameBytes = FrameLimit.configuredBytes();

    RendererConnection(int port, LaunchKeys keys, Json json, Executor callbacks) {
        this.codec = new MessageCodec(keys.signingKey(), json, maxFrameBytes);
        this.callbacks = callbacks;
        ZMQ.Socket dealer = context.createSocket(SocketType.DEALER);
        dealer.setLinger(0);
        dealer.setSndHWM(0);
        dealer.setRcvHWM(0);
        // Whatever answers on this port (the renderer, or a stranger that took the port after it died) cannot
        // finish the handshake without the renderer's secret key, nor make the kernel reserve more than one wire
        // frame before it fails.
        SocketSecurity.client(dealer, keys);
        // JeroMQ 0.6.0 sometimes never registers a fresh outgoing connection with its selector (a race in
        // zmq.poll.Poller, jeromq PR #1022), leaving the handshake hanging until this timer tears it down and
        // reconnects; queued requests survive the reconnect. The default of 30 s would stall a figure that long.
        dealer.setHandshakeIvl(HANDSHAKE_MILLIS);
        dealer.connect("tcp://127.0.0.1:" + port);
        loop = new SocketLoop("easel-renderer-client-" + port, context, dealer, this::onReply).start();
    }

    /** Sends a request; the future completes with the reply of the same id (which may be an error reply). */
    CompletableFuture<Message> call(Message request) {
        CompletableFuture<Message> reply = new CompletableFuture<>();
        Throwable closed = closedWith;
        if (closed != null) {
            reply.completeExceptionally(closed);
            return reply;
        }
        try {
            FrameLimit.check(request, maxFrameBytes);
        } catch (RenderFailedException e) {
            reply.completeExceptionally(e);
            return reply;
        }
        List<byte[]> frames = codec.encode(request);
        pending.put(request.id(), reply);
        if (!loop.send(frames)) {
            pending.remove(request.id());
            Throwable reason = closedWith;
            reply.completeExceptionally(reason != null ? reason : new RenderFailedException(FigureErrorKind.STOPPED,
                    "The connection to the renderer is closed."));
        }
        return reply;
    }

    /**
     * Stops waiting for a request and tells the renderer, which answers nothing for a cancel; a reply that crossed
     * the cancel on the wire finds no one waiting and is dropped.
     */
    void cancel(String requestId, Message cancel) {
        CompletableFuture<Message> waiting = pending.remove(requestId);
        if (waiting == null) {
            return;
        }
        callbacks.execute(() -> waiting.completeExceptionally(
                new CancellationException("render " + requestId + " was cancelled")));
        if (closedWith == null) {
            loop.send(codec.encode(cancel));
        }
    }

    private void onReply(List<byte[]> frames) {
        Message reply;
        try {
            reply = codec.decode(frames);
        } catch (RejectedMessageException e) {
            return; // not from our renderer, or not intact: nobody is waiting for it
        }
        CompletableFuture<Message> waiting = pending.remove(reply.id());
        if (waiting != null) {
            callbacks.execute(() -> waiting.complete(reply));
        }
    }

    /** Fails every waiting request with the given error and refuses new ones. */
    void failAll(Throwable error) {
        if (closedWith == null) {
            closedWith = error;
        }
        for (String id : List.copyOf(pending.keySet())) {
            CompletableFuture<Message> waiting = pending.remove(id);
            if (waiting != null) {
                callbacks.execute(() -> waiting.completeExceptionally(error));
            }
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (closedWith == null) {
            failAll(new RenderFailedException(FigureErrorKind.STOPPED, "The connection to the renderer was closed."));
        }
        loop.close();
        context.close();
    }
}
