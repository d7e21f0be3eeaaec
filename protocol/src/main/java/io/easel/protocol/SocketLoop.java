package io.easel.protocol;

import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The one thread allowed to touch a ZeroMQ socket (ZeroMQ sockets are not thread-safe). Received
 * messages go to a callback on this thread; other threads {@link #send} through an in-process pipe that
 * this thread drains into the socket.
 */
public final class SocketLoop implements AutoCloseable {
    private static final AtomicLong ENDPOINTS = new AtomicLong();
    private static final int BATCH = 64;
    private static final long POLL_MILLIS = 500;
    private static final System.Logger LOG = System.getLogger(SocketLoop.class.getName());

    private final ZContext context;
    private final ZMQ.Socket socket;
    private final ZMQ.Socket outboxReader;
    private final ZMQ.Socket outboxWriter;
    private final BiConsumer<List<byte[]>, String> receiver;
    private final Thread thread;
    private final Object sendLock = new Object();
    private volatile boolean running = true;

    /**
     * @param socket   an already bound or connected socket; from now on only the loop thread uses it
     * @param receiver called on the loop thread for each multipart message; must not block
     */
    public SocketLoop(String name, ZContext context, ZMQ.Socket socket, Consumer<List<byte[]>> receiver) {
        this(name, context, socket, (frames, peer) -> receiver.accept(frames));
    }

    /**
     * @param receiver called on the loop thread for each multipart message with the sending peer's TCP address
     *                 ({@code 127.0.0.1:PORT}, or null where ZeroMQ knows none); must not block
     */
    public SocketLoop(String name, ZContext context, ZMQ.Socket socket, BiConsumer<List<byte[]>, String> receiver) {
        this.context = context;
        this.socket = socket;
        this.receiver = receiver;
        String endpoint = "inproc://easel-outbox-" + ENDPOINTS.incrementAndGet();
        outboxReader = context.createSocket(SocketType.PULL);
        outboxReader.setRcvHWM(0);
        outboxReader.bind(endpoint);
        outboxWriter = context.createSocket(SocketType.PUSH);
        outboxWriter.setSndHWM(0);
        outboxWriter.setLinger(0);
        outboxWriter.connect(endpoint);
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
    }

    public SocketLoop start() {
        synchronized (sendLock) {
            if (!running) {
                throw new IllegalStateException("socket loop " + thread.getName() + " is already closed");
            }
            thread.start();
        }
        return this;
    }

    /**
     * Queues a multipart message for the socket; safe from any thread, never blocks. False once the loop
     * is closed or has died.
     */
    public boolean send(List<byte[]> frames) {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("a message needs at least one frame");
        }
        synchronized (sendLock) {
            if (!running || !thread.isAlive()) {
                return false;
            }
            // JeroMQ signals through NIO channels, which an interrupt closes for good: keep a caller's
            // pending interrupt (e.g. a cancelled render) away from the shared outbox socket.
            boolean interrupted = Thread.interrupted();
            try {
                int last = frames.size() - 1;
                for (int i = 0; i <= last; i++) {
                    // the outbox has no high-water mark, so this only fails when its reader is gone
                    if (!outboxWriter.send(frames.get(i), (i < last ? ZMQ.SNDMORE : 0) | ZMQ.DONTWAIT)) {
                        return false;
                    }
                }
                return true;
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    public boolean isRunning() {
        return running && thread.isAlive();
    }

    private void run() {
        ZMQ.Poller poller = context.createPoller(2);
        int socketIndex = poller.register(socket, ZMQ.Poller.POLLIN);
        int outboxIndex = poller.register(outboxReader, ZMQ.Poller.POLLIN);
        try {
            while (running) {
                if (poller.poll(POLL_MILLIS) < 0) {
                    break;
                }
                if (poller.pollin(socketIndex)) {
                    receiveBatch();
                }
                if (poller.pollin(outboxIndex)) {
                    forwardBatch();
                }
            }
        } catch (ZMQException | zmq.ZError.IOException e) {
            if (running) {
                LOG.log(System.Logger.Level.WARNING, "socket loop " + thread.getName() + " stopped", e);
            }
        } catch (RuntimeException | Error e) {
            LOG.log(System.Logger.Level.ERROR, "socket loop " + thread.getName() + " died", e);
            throw e;
        } finally {
            poller.close();
            context.destroySocket(socket);
            context.destroySocket(outboxReader);
        }
    }

    private void receiveBatch() {
        for (int n = 0; n < BATCH; n++) {
            Received received = receiveWithPeer(socket);
            if (received == null) {
                return;
            }
            try {
                receiver.accept(received.frames(), received.peer());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "handling a message failed", e);
            }
        }
    }

    private void forwardBatch() {
        for (int n = 0; n < BATCH; n++) {
            List<byte[]> frames = receive(outboxReader);
            if (frames == null) {
                return;
            }
            if (frames.size() == 1 && frames.get(0).length == 0) {
                continue; // the wake-up sent by close()
            }
            int last = frames.size() - 1;
            for (int i = 0; i <= last; i++) {
                socket.send(frames.get(i), i < last ? ZMQ.SNDMORE : 0);
            }
        }
    }

    private record Received(List<byte[]> frames, String peer) {
    }

    /** Like {@link #receive}, through JeroMQ's own messages, whose metadata names the connection they came on. */
    private static Received receiveWithPeer(ZMQ.Socket from) {
        List<byte[]> frames = new ArrayList<>(4);
        String peer = null;
        boolean more = true;
        for (int flags = ZMQ.DONTWAIT; more; flags = 0) {
            zmq.Msg msg = from.base().recv(flags);
            if (msg == null) {
                int errno = from.base().errno();
                if (errno != 0 && errno != zmq.ZError.EAGAIN) {
                    throw new ZMQException(errno);
                }
                if (frames.isEmpty()) {
                    return null;
                }
                throw new IllegalStateException("a multipart message ended in its middle");
            }
            if (peer == null && msg.getMetadata() != null) {
                peer = msg.getMetadata().get(zmq.io.Metadata.PEER_ADDRESS);
            }
            frames.add(msg.data() == null ? new byte[0] : msg.data());
            more = msg.hasMore();
        }
        return new Received(frames, peer);
    }

    private static List<byte[]> receive(ZMQ.Socket from) {
        byte[] first = from.recv(ZMQ.DONTWAIT);
        if (first == null) {
            return null;
        }
        List<byte[]> frames = new ArrayList<>(4);
        frames.add(first);
        while (from.hasReceiveMore()) {
            frames.add(from.recv(0));
        }
        return frames;
    }

    /** Stops the loop and closes the sockets; the caller still owns (and closes) the context. */
    @Override
    public void close() {
        synchronized (sendLock) {
            if (!running) {
                return;
            }
            running = false;
            outboxWriter.send(new byte[0], ZMQ.DONTWAIT);
            context.destroySocket(outboxWriter);
        }
        if (thread.getState() == Thread.State.NEW) {
            context.destroySocket(socket);
            context.destroySocket(outboxReader);
        } else if (Thread.currentThread() != thread) {
            try {
                thread.join(POLL_MILLIS * 4);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
