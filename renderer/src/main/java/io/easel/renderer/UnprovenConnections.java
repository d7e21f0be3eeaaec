package io.easel.renderer;

import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SocketChannel;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Connections to the renderer's port that have not yet delivered a message. Under CURVE with the {@link ManagerKeyGate}
 * only the manager's connection can deliver one (its DEALER sends an empty probe as soon as its handshake is done), so
 * every other connection is a stranger's, and each one holds what JeroMQ reserved for the frame it announced (up to
 * one wire frame) for as long as it stays open: JeroMQ 0.6.0's handshake timer stops after the 64-byte greeting, not
 * after the CURVE handshake. This watch closes every connection still unproven {@link #GRACE_MILLIS} after it was
 * accepted, and closes at once any beyond the first {@link #MAX_UNPROVEN}, so what strangers can hold is bounded in
 * size and time.
 *
 * <p>It sees connections through a socket monitor, whose accepted events carry the connection's channel, and closes one
 * by shutting its TCP stream down: the I/O thread then reads end-of-file and tears the connection down itself, freeing
 * what it reserved (closing the channel from here would leave the engine waiting on a dead key).
 */
final class UnprovenConnections implements AutoCloseable {
    static final int GRACE_MILLIS = 2_000;
    static final int MAX_UNPROVEN = 32;
    static final String THREAD = RendererServer.SOCKET_THREAD + "-watch";
    private static final int TICK_MILLIS = 200;
    private static final AtomicLong ENDPOINTS = new AtomicLong();

    private record Pending(SocketChannel channel, String peer, long acceptedNanos) {
    }

    private final Map<SelectableChannel, Pending> unproven = new ConcurrentHashMap<>();
    private final Set<String> proven = ConcurrentHashMap.newKeySet();
    private final Map<SelectableChannel, String> provenChannels = new ConcurrentHashMap<>();
    private final ZMQ.Socket events;
    private final Thread thread;
    private final AtomicLong closed = new AtomicLong();
    /** Closures per reason, so the log shows the first few of each kind (a flood of one does not hide the other). */
    private final Map<String, AtomicLong> closedFor = new ConcurrentHashMap<>();
    private final RendererCounters counters;
    private volatile boolean running = true;

    /** Starts watching {@code socket}; call before it binds, so no accepted connection goes unseen. */
    UnprovenConnections(ZContext context, ZMQ.Socket socket, RendererCounters counters) {
        this.counters = counters;
        String endpoint = "inproc://easel-renderer-connections-" + ENDPOINTS.incrementAndGet();
        socket.monitor(endpoint, ZMQ.EVENT_ACCEPTED | ZMQ.EVENT_DISCONNECTED);
        events = context.createSocket(SocketType.PAIR);
        events.setReceiveTimeOut(TICK_MILLIS);
        events.connect(endpoint);
        thread = new Thread(this::run, THREAD);
        thread.setDaemon(true);
        thread.start();
    }

    /** A message arrived on the connection from {@code peer} ({@code 127.0.0.1:PORT}): it is the manager's. */
    void proven(String peer) {
        if (peer != null && proven.add(peer)) {
            unproven.values().removeIf(p -> {
                if (p.peer().equals(peer)) {
                    provenChannels.put(p.channel(), peer);
                    return true;
                }
                return false;
            });
        }
    }

    /** Connections this watch has closed so far. */
    long closedCount() {
        return closed.get();
    }

    private void run() {
        try {
            while (running) {
                ZMQ.Event event = ZMQ.Event.recv(events);
                if (event != null) {
                    onEvent(event);
                } else if (events.errno() == zmq.ZError.ETERM) {
                    return;
                }
                sweep(System.nanoTime());
            }
        } catch (ZMQException e) {
            if (running) {
                throw e;
            }
        } finally {
            events.close();
        }
    }

    private void onEvent(ZMQ.Event event) {
        if (!(event.resolveValue() instanceof SocketChannel channel)) {
            return;
        }
        if (event.getEvent() == ZMQ.EVENT_DISCONNECTED) {
            unproven.remove(channel);
            String peer = provenChannels.remove(channel);
            if (peer != null) {
                proven.remove(peer);
            }
            return;
        }
        String peer = peerOf(channel);
        if (peer == null) {
            return; // already gone
        }
        if (proven.contains(peer)) {
            provenChannels.put(channel, peer); // its first message overtook the accepted event
            return;
        }
        if (unproven.size() >= MAX_UNPROVEN) {
            shutDown(channel, peer, "more than " + MAX_UNPROVEN + " connections were waiting to authenticate");
            return;
        }
        unproven.put(channel, new Pending(channel, peer, System.nanoTime()));
        if (proven.contains(peer)) {
            unproven.remove(channel); // proven between the check above and the put
            provenChannels.put(channel, peer);
        }
    }

    private void sweep(long now) {
        for (Iterator<Pending> it = unproven.values().iterator(); it.hasNext(); ) {
            Pending pending = it.next();
            if (now - pending.acceptedNanos() >= GRACE_MILLIS * 1_000_000L) {
                it.remove();
                shutDown(pending.channel(), pending.peer(), "it sent no message within " + GRACE_MILLIS + " ms");
            }
        }
    }

    private void shutDown(SocketChannel channel, String peer, String why) {
        try {
            channel.shutdownInput();
        } catch (IOException alreadyClosed) {
            return;
        }
        try {
            channel.shutdownOutput(); // so the stranger sees it closed at once
        } catch (IOException closedByTheIoThreadMeanwhile) {
            // the end-of-file above already made JeroMQ close it
        }
        closed.incrementAndGet();
        long count = counters.refused();
        long ofThisKind = closedFor.computeIfAbsent(why, k -> new AtomicLong()).incrementAndGet();
        if (StderrLog.worthLogging(ofThisKind) || StderrLog.worthLogging(count)) {
            StderrLog.warn("closed a connection from " + peer + " that never authenticated: " + why + " (" + count
                    + " so far)");
        }
    }

    private static String peerOf(SocketChannel channel) {
        try {
            if (channel.getRemoteAddress() instanceof InetSocketAddress address) {
                // the form of ZeroMQ's Peer-Address property
                return address.getAddress().getHostAddress() + ":" + address.getPort();
            }
        } catch (IOException closedMeanwhile) {
            return null;
        }
        return null;
    }

    @Override
    public void close() {
        running = false;
        if (Thread.currentThread() != thread) {
            try {
                thread.join(TICK_MILLIS * 5L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
