package io.easel.kernel.channels;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.zeromq.ZMQ;

/**
 * JJava's connection with {@link WakingShellChannel}s for shell and control. JJava's own two channels are made by
 * its constructor but never bound; they are closed with the rest.
 */
public final class EaselJupyterConnection extends JupyterConnection {
    private final KernelConnectionProperties properties;
    /** The waking channels' own context: JJava keeps its context private. */
    private final ZMQ.Context context = ZMQ.context(1);
    private final WakingShellChannel shellChannel;
    private final WakingShellChannel controlChannel;
    private boolean connected;

    public EaselJupyterConnection(KernelConnectionProperties properties)
            throws NoSuchAlgorithmException, InvalidKeyException {
        super(properties);
        this.properties = properties;
        this.shellChannel = new WakingShellChannel(context, properties.createHMACGenerator(), false, this);
        this.controlChannel = new WakingShellChannel(context, properties.createHMACGenerator(), true, this);
    }

    /** A connection on free loopback ports with a fresh key, as a kernel gets one (class-data training, tests). */
    public static KernelConnectionProperties onFreeLoopbackPorts() throws IOException {
        return new KernelConnectionProperties("127.0.0.1", freePort(), freePort(), freePort(), freePort(), freePort(),
                "tcp", "hmac-sha256", UUID.randomUUID().toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public synchronized void connect() {
        if (connected) {
            return;
        }
        heartbeat.bind(properties);
        shellChannel.bind(properties);
        controlChannel.bind(properties);
        stdin.bind(properties);
        iopub.bind(properties);
        getIOPub().sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
        connected = true;
    }

    @Override
    public void close() {
        shellChannel.close();
        controlChannel.close();
        super.close();
        context.close();
    }

    @Override
    public void waitUntilClose() {
        shellChannel.waitUntilClose();
        controlChannel.waitUntilClose();
        super.waitUntilClose();
    }
}
