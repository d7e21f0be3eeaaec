package io.easel.renderer;

import io.easel.protocol.SocketSecurity;

import org.zeromq.ZAuth;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import java.security.MessageDigest;
import java.util.Map;

/**
 * The renderer context's ZAP handler (JeroMQ's {@link ZAuth}): admits a CURVE handshake only when the client proved
 * it holds the manager's per-launch key pair. CURVE by itself lets any client that has some key pair in; without a
 * ZAP handler JeroMQ admits every one. Every other mechanism is refused by the socket before ZAP is asked (a CURVE
 * server drops a NULL or PLAIN greeting), and this handler refuses them too.
 */
final class ManagerKeyGate implements AutoCloseable {
    /**
     * ZAuth's thread. JeroMQ admits every CURVE client when no ZAP handler listens, so this thread must not die
     * quietly: its name makes any uncaught throwable end the renderer ({@link FatalErrors}). Its only other way out,
     * a request for a mechanism it has no rule for, cannot happen: the socket is CURVE, and NULL and PLAIN are listed.
     */
    static final String THREAD = RendererServer.SOCKET_THREAD + "-zap";


    private final ZAuth auth;

    ManagerKeyGate(ZContext context, String managerPublicKey, RendererCounters counters) {
        byte[] expected = managerPublicKey.getBytes(ZMQ.CHARSET);
        ZAuth.Auth managerOnly = new ZAuth.Auth() {
            @Override
            public boolean configure(org.zeromq.ZMsg msg, boolean verbose) {
                return true;
            }

            @Override
            public boolean authorize(ZAuth.ZapRequest request, boolean verbose) {
                boolean admitted = SocketSecurity.ZAP_DOMAIN.equals(request.domain) && request.clientKey != null
                        && MessageDigest.isEqual(expected, request.clientKey.getBytes(ZMQ.CHARSET));
                if (!admitted) {
                    long count = counters.refused();
                    if (StderrLog.worthLogging(count)) {
                        StderrLog.warn("refused a connection from " + request.address + " whose CURVE key is not the "
                                + "manager's (" + count + " so far)");
                    }
                }
                return admitted;
            }
        };
        ZAuth.Auth refuse = new ZAuth.Auth() {
            @Override
            public boolean configure(org.zeromq.ZMsg msg, boolean verbose) {
                return true;
            }

            @Override
            public boolean authorize(ZAuth.ZapRequest request, boolean verbose) {
                counters.refused();
                return false;
            }
        };
        auth = new ZAuth(context, THREAD, Map.of("CURVE", managerOnly, "NULL", refuse, "PLAIN", refuse));
    }

    @Override
    public void close() {
        auth.close();
    }
}
