package io.easel.renderer;

import io.easel.plot.FigureErrorKind;
import io.easel.protocol.CancelRequest;
import io.easel.protocol.ErrorReply;
import io.easel.protocol.Json;
import io.easel.protocol.JsonLimits;
import io.easel.protocol.Message;
import io.easel.protocol.MessageCodec;
import io.easel.protocol.MessageHeader;
import io.easel.protocol.MessageType;
import io.easel.protocol.Pong;
import io.easel.protocol.ProtocolException;
import io.easel.protocol.RejectedMessageException;
import io.easel.protocol.RendererKeys;
import io.easel.protocol.SocketSecurity;
import io.easel.protocol.SocketLoop;
import io.easel.renderer.engine.RenderEngine;

import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The renderer's front door: a ROUTER socket on loopback, CURVE-encrypted, that completes a handshake only
 * with the manager's per-launch key ({@link ManagerKeyGate}). Pings and stats are answered on the socket
 * thread at once; renders go to the {@link RenderWorkers}. Messages that are not signed with the launch
 * key are dropped unanswered and counted.
 */
final class RendererServer implements ReplySender, AutoCloseable {
    static final String SOCKET_THREAD = "easel-renderer-socket";
    /**
     * A stranger that connects and never sends the ZeroMQ greeting is dropped after this long (JeroMQ's timer covers
     * only the greeting; {@link UnprovenConnections} covers the CURVE handshake after it).
     */
    private static final int HANDSHAKE_MILLIS = 2_000;

    private final MessageCodec codec;
    private final Json json;
    private final RendererCounters counters;
    private final RenderWorkers workers;
    private final ZContext context = new ZContext(1);
    private final long maxFrameBytes;
    private final long pid = ProcessHandle.current().pid();
    private final CompletableFuture<StopRequest> shutdownRequested = new CompletableFuture<>();
    private final RendererKeys keys;
    private ManagerKeyGate gate;
    private UnprovenConnections unproven;
    private int port;
    private SocketLoop loop;

    RendererServer(RendererOptions options, RendererKeys keys, RenderEngine engine, RendererCounters counters) {
        this.json = new Json(options.jsonLimits());
        this.keys = keys;
        this.maxFrameBytes = options.maxFrameBytes();
        this.codec = new MessageCodec(keys.signingKey(), json, maxFrameBytes);
        this.counters = counters;
        // must be set before the first socket starts the I/O thread
        context.setUncaughtExceptionHandler(FatalErrors.exitOnAnyThrowable("JeroMQ I/O"));
        this.workers = new RenderWorkers(options, engine, json, counters, this,
                () -> shutdownRequested.complete(new StopRequest(RendererExit.WORKERS_STUCK, "all "
                        + options.workers() + " render workers are stuck on figures past their timeout; a fresh "
                        + "renderer will take over")));
    }

    /** Binds an ephemeral loopback port and starts serving; returns the port. */
    int start() {
        // the ZAP handler must listen before the first connection asks it
        gate = new ManagerKeyGate(context, keys.managerPublicKey(), counters);
        ZMQ.Socket router = context.createSocket(SocketType.ROUTER);
        router.setLinger(100);
        SocketSecurity.server(router, keys);
        router.setHandshakeIvl(HANDSHAKE_MILLIS);
        unproven = new UnprovenConnections(context, router, counters);
        router.setSndHWM(0);
        router.setRcvHWM(0);
        int port = router.bindToRandomPort("tcp://127.0.0.1");
        loop = new SocketLoop(SOCKET_THREAD, context, router, this::onMessage).start();
        this.port = port;
        return port;
    }

    /** The port {@link #start} bound. */
    int startedPort() {
        return port;
    }

    /** Completes with the reason when a peer asks the renderer to stop or it can no longer render. */
    CompletableFuture<StopRequest> shutdownRequested() {
        return shutdownRequested;
    }

    RendererCounters counters() {
        return counters;
    }

    /** Workers still busy with a render that was answered or withdrawn (see {@link StuckWorkers}). */
    int workersStuck() {
        return workers.stuckCount();
    }

    private void onMessage(List<byte[]> frames, String peerAddress) {
        // Only a connection that passed the CURVE handshake with the manager's key can deliver anything.
        unproven.proven(peerAddress);
        if (frames.size() == 2 && frames.get(1).length == 0) {
            return; // the manager's probe: its DEALER sends one empty message when its connection is ready
        }
        if (frames.size() < 2) {
            noteRejected(true, "message with no content");
            return;
        }
        byte[] peer = frames.get(0);
        Message message;
        try {
            message = codec.decode(frames.subList(1, frames.size()));
        } catch (RejectedMessageException e) {
            noteRejected(e.isUnauthenticated(), e.getMessage());
            return;
        }
        if (message.header().protocol() != MessageHeader.PROTOCOL_VERSION) {
            counters.malformed();
            reply(peer, new ErrorReply(FigureErrorKind.BAD_REQUEST, "This renderer speaks protocol "
                    + MessageHeader.PROTOCOL_VERSION + " but the request uses " + message.header().protocol()
                    + "; the renderer and its manager come from different Easel versions. Reinstall Easel.")
                    .toMessage(message.id(), json));
            return;
        }
        switch (message.type()) {
            case PING -> reply(peer, new Pong(pid, counters.uptimeMillis(), MessageHeader.PROTOCOL_VERSION)
                    .toMessage(message.id(), json));
            case STATS -> reply(peer, counters.snapshot(workers.threads()).toMessage(message.id(), json));
            case RENDER -> workers.submit(peer, message);
            case CANCEL -> cancel(message);
            case SHUTDOWN -> {
                reply(peer, new Message(MessageHeader.of(message.id(), MessageType.SHUTDOWN_REPLY),
                        "{}".getBytes(java.nio.charset.StandardCharsets.US_ASCII), List.of()));
                shutdownRequested.complete(new StopRequest(RendererExit.OK, "the renderer manager asked it to stop"));
            }
            default -> noteRejected(false, "a " + message.type().wireName() + " message is a reply, not a request");
        }
    }

    private void cancel(Message message) {
        try {
            workers.cancel(CancelRequest.fromMessage(message, json).requestId());
        } catch (ProtocolException e) {
            // nobody waits for an answer to a cancel, so the log is the only place to say it was unreadable
            noteRejected(false, e.getMessage());
        }
    }

    private void noteRejected(boolean unauthenticated, String detail) {
        long count = unauthenticated ? counters.dropped() : counters.malformed();
        if (StderrLog.worthLogging(count)) {
            StderrLog.warn((unauthenticated ? "dropped an unsigned or mis-signed message" : "ignored a malformed message")
                    + " (" + count + " so far): " + detail);
        }
    }

    @Override
    public void reply(byte[] peer, Message message) {
        long largest = largestPart(message);
        List<byte[]> encoded;
        if (largest <= maxFrameBytes) {
            encoded = codec.encode(message);
        } else {
            // The manager would refuse such a reply and wait out its timeout instead.
            encoded = codec.encode(new ErrorReply(FigureErrorKind.TOO_LARGE, "The figure rendered, but one output is "
                    + JsonLimits.describeBytes(largest) + ", over the " + JsonLimits.describeBytes(maxFrameBytes)
                    + " the renderer may send in one piece. Render it smaller (width, height, scale or dpi), or raise "
                    + "the limit with easel.renderer.maxFrameMb / EASEL_RENDERER_MAX_FRAME_MB.")
                    .toMessage(message.id(), json));
        }
        List<byte[]> frames = new ArrayList<>(encoded.size() + 1);
        frames.add(peer);
        frames.addAll(encoded);
        loop.send(frames);
    }

    private static long largestPart(Message message) {
        long largest = message.content().length;
        for (byte[] buffer : message.buffers()) {
            largest = Math.max(largest, buffer.length);
        }
        return largest;
    }

    @Override
    public void close() {
        // The socket loop first: interrupting a worker that is handing a reply to the loop would break
        // the in-process pipe under it.
        if (loop != null) {
            loop.close();
        }
        workers.close();
        if (unproven != null) {
            unproven.close();
        }
        if (gate != null) {
            gate.close();
        }
        context.close();
    }
}
