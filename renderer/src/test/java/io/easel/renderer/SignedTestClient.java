package io.easel.renderer;

import io.easel.protocol.LaunchKeys;
import io.easel.protocol.Message;
import io.easel.protocol.MessageCodec;
import io.easel.protocol.SocketSecurity;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/** A manager's side of the renderer socket for tests: a DEALER that sends and receives signed messages. */
final class SignedTestClient implements AutoCloseable {
    private final ZContext context = new ZContext();
    private final ZMQ.Socket socket;
    private final MessageCodec codec;

    SignedTestClient(int port, LaunchKeys keys, MessageCodec codec) {
        this(port, keys, codec, 60_000);
    }

    SignedTestClient(int port, LaunchKeys keys, MessageCodec codec, int receiveTimeoutMillis) {
        this.codec = codec;
        socket = context.createSocket(SocketType.DEALER);
        SocketSecurity.client(socket, keys);
        socket.setLinger(0);
        socket.setReceiveTimeOut(receiveTimeoutMillis);
        // JeroMQ 0.6.0 sometimes stalls a fresh outgoing connection until the handshake timer (30 s by default)
        // reconnects it; see RendererConnection in renderer-manager.
        socket.setHandshakeIvl(1_000);
        socket.connect("tcp://127.0.0.1:" + port);
    }

    void send(List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
        }
    }

    Message call(Message request) throws Exception {
        send(codec.encode(request));
        return receive();
    }

    Message receive() throws Exception {
        List<byte[]> frames = new ArrayList<>();
        byte[] first = socket.recv();
        assertNotNull(first, "no reply within the receive timeout");
        frames.add(first);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv());
        }
        return codec.decode(frames);
    }

    @Override
    public void close() {
        context.close();
    }
}
