package io.easel.rendermanager;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;

/**
 * A stranger on the renderer's port: a plain TCP socket that speaks just enough ZMTP 3.0 (the greeting and
 * a frame header) to make a ZeroMQ peer act on it, and never knows the keys.
 */
final class RawZmtpPeer implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    RawZmtpPeer(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(200);
        out = socket.getOutputStream();
        in = socket.getInputStream();
    }

    /** ZeroMQ security mechanisms a greeting can name. */
    enum Mechanism { NULL, CURVE }

    /** The 64-byte ZMTP 3.0 greeting of a client using the NULL mechanism. */
    RawZmtpPeer greet() throws IOException {
        return greet(Mechanism.NULL);
    }

    /** The 64-byte ZMTP 3.0 greeting of a client naming {@code mechanism}; nothing of its handshake follows. */
    RawZmtpPeer greet(Mechanism mechanism) throws IOException {
        ByteBuffer greeting = ByteBuffer.allocate(64);
        greeting.put((byte) 0xFF).put(new byte[8]).put((byte) 0x7F);
        greeting.put((byte) 3).put((byte) 0);
        byte[] name = new byte[20];
        byte[] ascii = mechanism.name().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(ascii, 0, name, 0, ascii.length);
        greeting.put(name);
        greeting.put((byte) 0); // as-server: no
        out.write(greeting.array());
        out.flush();
        return this;
    }

    /** A long-frame header announcing {@code size} bytes, none of which ever follow. */
    RawZmtpPeer announceFrame(long size) throws IOException {
        out.write(ByteBuffer.allocate(9).put((byte) 0x02).putLong(size).array());
        out.flush();
        return this;
    }

    /** True once the other side has closed or reset the connection. */
    boolean isClosedByPeer() throws IOException {
        try {
            while (true) {
                int n = in.read(new byte[512]);
                if (n < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (java.net.SocketException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** Several strangers, all disconnected when the test is done with them. */
    static final class Crowd implements AutoCloseable {
        private final java.util.List<RawZmtpPeer> peers = new java.util.ArrayList<>();

        void add(RawZmtpPeer peer) {
            peers.add(peer);
        }

        java.util.List<RawZmtpPeer> peers() {
            return peers;
        }

        @Override
        public void close() throws IOException {
            for (RawZmtpPeer peer : peers) {
                peer.close();
            }
        }
    }
}
