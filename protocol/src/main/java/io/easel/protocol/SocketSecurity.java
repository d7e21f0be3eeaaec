package io.easel.protocol;

import org.zeromq.ZMQ;

/**
 * The settings both ends of the renderer socket share: CURVE with per-launch keys (the renderer as server, the
 * manager as client holding the renderer's public key), ZeroMQ's maximum message size of one wire frame, and
 * frames on the heap.
 */
public final class SocketSecurity {
    /** The ZAP domain the renderer's socket names; its ZAP handler answers only for it. */
    public static final String ZAP_DOMAIN = "easel-renderer";

    private SocketSecurity() {
    }

    /**
     * For the renderer's ROUTER, before it binds. CURVE alone admits any client that has some key pair; the
     * ZAP handler of the renderer's context must admit only {@link RendererKeys#managerPublicKey()}.
     */
    public static void server(ZMQ.Socket socket, RendererKeys keys) {
        limits(socket);
        socket.setZAPDomain(ZAP_DOMAIN);
        socket.setCurveServer(true);
        socket.setCurveSecretKey(keys.serverSecretKey().getBytes(ZMQ.CHARSET));
        socket.setCurvePublicKey(keys.serverPublicKey().getBytes(ZMQ.CHARSET));
    }

    /** For the manager's DEALER, before it connects: only a peer holding the renderer's secret key completes the handshake. */
    public static void client(ZMQ.Socket socket, LaunchKeys keys) {
        limits(socket);
        socket.setCurveServerKey(keys.renderer().publicKey().getBytes(ZMQ.CHARSET));
        socket.setCurvePublicKey(keys.manager().publicKey().getBytes(ZMQ.CHARSET));
        socket.setCurveSecretKey(keys.manager().secretKey().getBytes(ZMQ.CHARSET));
        // An empty message as soon as the handshake is done tells the renderer at once which of the connections to
        // its port is the manager's; it closes the others.
        socket.setProbeRouter(true);
    }

    private static void limits(ZMQ.Socket socket) {
        // A peer announcing a larger frame is dropped before anything is reserved for it. ZeroMQ applies this one
        // limit from the first byte after the greeting, handshake commands included, so it is also what each
        // connection that never authenticates can hold.
        socket.setMaxMsgSize(MessageCodec.SOCKET_FRAME_LIMIT);
        // Frames over 1 MiB would otherwise go to direct memory, whose exhaustion is an Error that
        // -XX:+ExitOnOutOfMemoryError ignores; on the heap, exhaustion ends the process cleanly instead.
        socket.setMsgAllocationHeapThreshold(0);
    }
}
