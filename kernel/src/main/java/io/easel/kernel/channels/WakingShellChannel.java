package io.easel.kernel.channels;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.Loop;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zeromq.ZMQ;

/**
 * A shell or control channel whose loop waits on its socket: a request is handled as soon as it arrives, with the
 * same dispatch as JJava's own channel (the connection's handler for the message type, a reply environment whose
 * deferred messages go out after the handler, the connection closed when a handler marks it for shutdown). A message
 * it cannot read (a bad signature) is dropped with a warning in the kernel's log.
 */
public final class WakingShellChannel extends ShellChannel {
    private static final Logger LOG = LoggerFactory.getLogger(WakingShellChannel.class);
    /** The longest a wait lasts, so the loop sees a shutdown in this time even when no request comes. */
    static final long WAIT_MILLIS = 100;
    /** How long closing waits for the loop to leave its wait before the socket is closed under it. */
    private static final long CLOSE_WAIT_MILLIS = 2 * WAIT_MILLIS;

    private final boolean control;
    private final JupyterConnection connection;
    private volatile Loop loop;

    public WakingShellChannel(ZMQ.Context context, HMACGenerator hmac, boolean control, JupyterConnection connection) {
        super(context, hmac, control, connection);
        this.control = control;
        this.connection = connection;
    }

    @Override
    public void bind(KernelConnectionProperties properties) {
        if (loop != null) {
            throw new IllegalStateException((control ? "Control" : "Shell") + " channel already bound");
        }
        String name = control ? "Control" : "Shell";
        String address = formatAddress(properties.getTransport(), properties.getIp(),
                control ? properties.getControlPort() : properties.getShellPort());
        bind(address);
        ZMQ.Poller poller = ctx.poller(1);
        poller.register(this, ZMQ.Poller.POLLIN);
        Loop started = new Loop(name, 0, () -> serveNext(poller));
        started.onClose(() -> LOG.debug("{} loop stopped.", name));
        loop = started;
        started.start();
    }

    /** Waits for one request (at most {@link #WAIT_MILLIS}) and handles it. */
    private void serveNext(ZMQ.Poller poller) {
        if (closed || poller.poll(WAIT_MILLIS) <= 0) {
            return;
        }
        Message<?> message;
        try {
            message = readMessage();
        } catch (RuntimeException e) {
            // a message signed with another key (or otherwise unreadable): dropped, and the next request is served.
            // JJava stops reading at the bad signature; the message's other frames must go too, or the next
            // request would be read from the middle of this one and its reply sent to nobody
            while (hasReceiveMore()) {
                recv();
            }
            LOG.warn("Dropped a {} message that could not be read: {}", control ? "control" : "shell", e.toString());
            return;
        }
        ShellHandler<?> handler = connection.getHandler(message.getHeader().getType());
        if (handler == null) {
            LOG.warn("Unhandled message: {}", message.getHeader().getType().getName());
            return;
        }
        ShellReplyEnvironment env = connection.prepareReplyEnv(this, message);
        try {
            handle(handler, env, message);
        } catch (Exception e) {
            LOG.warn("Unhandled exception handling {}. {} - {}", message.getHeader().getType().getName(),
                    e.getClass().getSimpleName(), e.getLocalizedMessage());
        } finally {
            env.resolveDeferrals();
        }
        if (env.isMarkedForShutdown()) {
            connection.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void handle(ShellHandler<T> handler, ShellReplyEnvironment env, Message<?> message)
            throws Exception {
        handler.handle(env, (Message<T>) message);
    }

    @Override
    public void close() {
        Loop running = loop;
        if (running != null) {
            running.shutdown();
            if (Thread.currentThread() != running) {
                try {
                    running.join(CLOSE_WAIT_MILLIS); // ZeroMQ sockets are not to be closed while polled
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        super.close();
    }

    @Override
    public void waitUntilClose() {
        Loop running = loop;
        if (running != null) {
            try {
                running.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
