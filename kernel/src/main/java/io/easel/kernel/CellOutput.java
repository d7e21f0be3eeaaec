package io.easel.kernel;

import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.messages.ContentType;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishStream;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The cell's System.out and System.err. User code only appends to a buffer; a publisher thread sends what has
 * accumulated to Jupyter every few milliseconds, so output appears while the cell runs, and an interrupted cell can
 * never be stopped halfway through writing a message to the IOPub socket.
 */
final class CellOutput implements AutoCloseable {

    private static final long PUBLISH_INTERVAL_MILLIS = 50;

    private final BufferedStream out = new BufferedStream(PublishStream.StreamType.OUT);
    private final BufferedStream err = new BufferedStream(PublishStream.StreamType.ERR);
    private final PrintStream outPrint = new PrintStream(out, false, StandardCharsets.UTF_8);
    private final PrintStream errPrint = new PrintStream(err, false, StandardCharsets.UTF_8);
    private final ScheduledExecutorService publisher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "easel-output-publisher");
        t.setDaemon(true);
        return t;
    });

    private volatile ShellReplyEnvironment env;

    CellOutput() {
        publisher.scheduleWithFixedDelay(this::publishSafely, PUBLISH_INTERVAL_MILLIS, PUBLISH_INTERVAL_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    PrintStream out() {
        return outPrint;
    }

    PrintStream err() {
        return errPrint;
    }

    void attach(ShellReplyEnvironment env) {
        this.env = env;
    }

    /** Publishes everything written so far, now: before a display, an error or the reply, to keep the order. */
    synchronized void flush() {
        outPrint.flush();
        errPrint.flush();
        ShellReplyEnvironment target = env;
        if (target != null) {
            out.publishTo(target);
            err.publishTo(target);
        }
    }

    /**
     * Sends a message on the running cell's request now, after everything printed before it; outside a cell there is
     * no output it could belong to, and it is dropped.
     */
    synchronized <T extends ContentType<T>> void publish(T content) {
        flush();
        ShellReplyEnvironment target = env;
        if (target != null) {
            target.getIopub().sendMessage(new Message<>(target.getContext(), content.getType(), content));
        }
    }

    void detach() {
        flush();
        env = null;
        // output written after the cell ended (a stray background thread) has nowhere to go
        out.discard();
        err.discard();
    }

    private void publishSafely() {
        try {
            flush();
        } catch (RuntimeException e) {
            // the publisher must outlive a failed send; the next tick retries with fresh output
        }
    }

    @Override
    public void close() {
        publisher.shutdownNow();
    }

    /** Collects bytes and hands out whole UTF-8 characters only, so a character split across writes stays intact. */
    private static final class BufferedStream extends OutputStream {
        private final PublishStream.StreamType type;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        BufferedStream(PublishStream.StreamType type) {
            this.type = type;
        }

        @Override
        public synchronized void write(int b) {
            pending.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            pending.write(b, off, len);
        }

        synchronized void discard() {
            pending.reset();
        }

        void publishTo(ShellReplyEnvironment env) {
            String text = takeCompleteText();
            if (!text.isEmpty()) {
                // straight to the socket: ReplyEnvironment.publish has a defer flag the shell thread may be using
                env.getIopub().sendMessage(new Message<>(env.getContext(), PublishStream.MESSAGE_TYPE,
                        new PublishStream(type, text)));
            }
        }

        private synchronized String takeCompleteText() {
            byte[] bytes = pending.toByteArray();
            int complete = completeUtf8Length(bytes);
            pending.reset();
            pending.write(bytes, complete, bytes.length - complete);
            return new String(bytes, 0, complete, StandardCharsets.UTF_8);
        }

        /** Length of the prefix that ends on a character boundary. */
        static int completeUtf8Length(byte[] bytes) {
            int end = bytes.length;
            int i = end - 1;
            int back = 0;
            while (i >= 0 && back < 4 && (bytes[i] & 0xC0) == 0x80) {
                i--;
                back++;
            }
            if (i < 0) {
                return end;
            }
            int lead = bytes[i] & 0xFF;
            int needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
            return (end - i) < needed ? i : end;
        }
    }
}
