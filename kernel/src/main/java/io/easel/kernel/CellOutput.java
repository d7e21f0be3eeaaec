package io.easel.kernel;

import io.easel.kernel.session.ThreadGroups;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.messages.ContentType;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishStream;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The process's System.out and System.err while the kernel runs. User code only appends to a buffer; a publisher
 * thread sends what has accumulated to Jupyter every few milliseconds, so output appears while the cell runs, and an
 * interrupted cell can never be stopped halfway through writing a message to the IOPub socket.
 *
 * <p>What a thread prints goes where that thread belongs: a thread of the running cell (its own, or one it started)
 * prints into the cell; a thread a finished cell left running prints into the kernel's log, never into another
 * cell's output; the kernel's own threads print into the running cell, or the log between cells. Each cell may
 * publish at most {@link OutputLimits#cellBudgetBytes()}; the rest is counted, dropped and reported. User code cannot
 * close these streams: {@code System.out.close()} only flushes.
 */
final class CellOutput implements AutoCloseable {

    private static final long PUBLISH_INTERVAL_MILLIS = 50;

    private final OutputLimits limits;
    private final ThreadGroup cellThreads;
    private final BufferedStream out;
    private final BufferedStream err;
    private final PrintStream outPrint;
    private final PrintStream errPrint;
    private final ScheduledExecutorService publisher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "easel-output-publisher");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    private volatile ShellReplyEnvironment env;
    private volatile ThreadGroup cell;

    /**
     * @param cellThreads the group all cells' thread groups belong to
     * @param kernelOut   where output with no cell to go to is written (the kernel's own stdout: Jupyter's log)
     * @param kernelErr   likewise for stderr
     */
    CellOutput(OutputLimits limits, ThreadGroup cellThreads, OutputStream kernelOut, OutputStream kernelErr) {
        this.limits = limits;
        this.cellThreads = cellThreads;
        this.out = new BufferedStream(PublishStream.StreamType.OUT, kernelOut);
        this.err = new BufferedStream(PublishStream.StreamType.ERR, kernelErr);
        this.outPrint = new UnclosablePrintStream(out);
        this.errPrint = new UnclosablePrintStream(err);
        publisher.scheduleWithFixedDelay(this::publishSafely, PUBLISH_INTERVAL_MILLIS, PUBLISH_INTERVAL_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    PrintStream out() {
        return outPrint;
    }

    PrintStream err() {
        return errPrint;
    }

    /** From now on the running cell's output goes to this request; {@code cellGroup} holds the cell's threads. */
    void attach(ShellReplyEnvironment env, ThreadGroup cellGroup) {
        published.set(0);
        dropped.set(0);
        this.cell = cellGroup;
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

    /** The cell ended: what it printed goes out, with notes on what was dropped and on threads it left running. */
    void detach() {
        long lost = dropped.get();
        if (lost > 0) {
            err.note("[Easel] " + lost + " more bytes of output were dropped: a cell may print at most "
                    + limits.cellBudgetBytes() + " bytes (" + OutputLimits.BUDGET_VARIABLE + "). Print less, or raise "
                    + OutputLimits.BUDGET_VARIABLE + " in the kernel's environment.\n");
        }
        List<String> alive = liveThreads(cell);
        if (!alive.isEmpty()) {
            err.note("[Easel] This cell left " + alive.size() + (alive.size() == 1 ? " thread" : " threads")
                    + " running (" + String.join(", ", alive) + "). What they print from now on goes to the kernel's"
                    + " log, not into this notebook.\n");
        }
        flush();
        env = null;
        cell = null;
    }

    private static List<String> liveThreads(ThreadGroup group) {
        List<String> names = new ArrayList<>();
        if (group == null) {
            return names;
        }
        Thread[] threads = new Thread[group.activeCount() + 8];
        int n = group.enumerate(threads, true);
        for (int i = 0; i < n; i++) {
            if (threads[i].isAlive() && threads[i] != Thread.currentThread()) {
                names.add(threads[i].getName());
            }
        }
        return names;
    }

    /** Where the current thread's output belongs. */
    private enum Route { CELL, KERNEL_LOG }

    private Route routeOfCurrentThread() {
        Thread thread = Thread.currentThread();
        if (env == null) {
            return Route.KERNEL_LOG;
        }
        if (ThreadGroups.within(thread, cell)) {
            return Route.CELL;
        }
        // a finished cell's thread never prints into another cell; the kernel's threads print into the running one
        return ThreadGroups.within(thread, cellThreads) ? Route.KERNEL_LOG : Route.CELL;
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

    /** {@code System.out.close()} in a cell would silence every later cell: it flushes instead. */
    private static final class UnclosablePrintStream extends PrintStream {
        UnclosablePrintStream(OutputStream out) {
            super(out, false, StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            flush();
        }
    }

    /** Collects bytes and hands out whole UTF-8 characters only, so a character split across writes stays intact. */
    private final class BufferedStream extends OutputStream {
        private final PublishStream.StreamType type;
        private final OutputStream kernelLog;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        BufferedStream(PublishStream.StreamType type, OutputStream kernelLog) {
            this.type = type;
            this.kernelLog = kernelLog;
        }

        @Override
        public void write(int b) {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (routeOfCurrentThread() == Route.KERNEL_LOG) {
                synchronized (kernelLog) {
                    try {
                        kernelLog.write(b, off, len);
                    } catch (java.io.IOException e) {
                        // the log is gone (Jupyter closed it): there is nowhere left to write to
                    }
                }
                return;
            }
            long allowed = limits.cellBudgetBytes() - published.getAndAdd(len);
            if (allowed < len) {
                int kept = (int) Math.max(0, allowed);
                if (dropped.getAndAdd(len - kept) == 0) {
                    note("\n[Easel] Output limit reached: the rest of this cell's output is dropped ("
                            + OutputLimits.BUDGET_VARIABLE + "=" + limits.cellBudgetBytes() + " bytes).\n");
                }
                len = kept;
            }
            synchronized (this) {
                pending.write(b, off, len);
            }
        }

        /** Kernel text for the cell, outside its budget. */
        synchronized void note(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            pending.write(bytes, 0, bytes.length);
        }

        void publishTo(ShellReplyEnvironment env) {
            String text = takeCompleteText();
            int start = 0;
            while (start < text.length()) {
                int end = Math.min(text.length(), start + limits.maxMessageChars());
                if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                    end--; // never split a surrogate pair between two messages
                }
                // straight to the socket: ReplyEnvironment.publish has a defer flag the session thread may be using
                env.getIopub().sendMessage(new Message<>(env.getContext(), PublishStream.MESSAGE_TYPE,
                        new PublishStream(type, text.substring(start, end))));
                start = end;
            }
        }

        private synchronized String takeCompleteText() {
            byte[] bytes = pending.toByteArray();
            int complete = completeUtf8Length(bytes);
            pending.reset();
            pending.write(bytes, complete, bytes.length - complete);
            return new String(bytes, 0, complete, StandardCharsets.UTF_8);
        }
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
