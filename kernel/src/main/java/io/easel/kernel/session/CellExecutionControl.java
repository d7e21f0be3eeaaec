package io.easel.kernel.session;

import jdk.jshell.execution.DirectExecutionControl;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs snippets in the kernel's JVM ("local execution") so that cells can hand real objects to the kernel: the value
 * of a cell's last expression is kept as an object (JShell itself only reports a string), and a figure built in a
 * cell is the very object the display extension renders.
 *
 * <p>Each snippet runs on its own thread so that {@link #stop()} can interrupt it without touching the thread that
 * serves Jupyter requests.
 */
final class CellExecutionControl extends DirectExecutionControl {

    /** How long an interrupted snippet gets to honour {@link Thread#interrupt()} before it is stopped by force. */
    private static final long GRACE_MILLIS = 500;

    private static final String VALUE_KEY_PREFIX = "easel-value:";

    private final SessionClassLoader loader;
    private final ThreadGroup cellThreads = new ThreadGroup("easel-cells");
    private final Map<String, Object> values = new ConcurrentHashMap<>();
    private final AtomicLong keys = new AtomicLong();

    private volatile Thread running;
    private volatile boolean stopRequested;
    private volatile boolean stopped;

    CellExecutionControl(SessionClassLoader loader) {
        super(new SessionLoaderDelegate(loader));
        this.loader = loader;
    }

    @Override
    protected String invoke(Method snippet) throws Exception {
        Object[] result = new Object[1];
        Throwable[] thrown = new Throwable[1];
        Thread thread = new Thread(cellThreads, () -> {
            try {
                result[0] = snippet.invoke(null);
            } catch (InvocationTargetException e) {
                thrown[0] = e.getCause();
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "easel-cell");
        thread.setContextClassLoader(loader);
        thread.setDaemon(true);
        stopRequested = false;
        running = thread;
        try {
            thread.start();
            joinUninterruptibly(thread);
        } finally {
            running = null;
        }
        if (stopRequested) {
            stopped = true;
            throw new StoppedException();
        }
        if (thrown[0] != null) {
            // DirectExecutionControl turns this into JShell's EvalException / UnresolvedReferenceException
            throw new InvocationTargetException(thrown[0]);
        }
        return remember(result[0]);
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private String remember(Object value) {
        if (value == null) {
            return valueString(null); // JShell needs a string; "null" maps back to no object in takeValue
        }
        String key = VALUE_KEY_PREFIX + keys.incrementAndGet();
        values.put(key, value);
        return key;
    }

    /** Takes the object behind the value string JShell reported for a snippet; null when there is none. */
    Object takeValue(String reported) {
        if (reported == null || !reported.startsWith(VALUE_KEY_PREFIX)) {
            return null;
        }
        return values.remove(reported);
    }

    void forgetValues() {
        values.clear();
        stopped = false;
    }

    /** True once after a snippet was stopped by {@link #stop()}. */
    boolean wasStopped() {
        boolean was = stopped;
        stopped = false;
        return was;
    }

    /**
     * Interrupts the running snippet; a snippet that ignores interrupts (a busy loop) is stopped by force after a
     * short grace period, which is what a user pressing "interrupt" expects.
     */
    @Override
    @SuppressWarnings({"deprecation", "removal"})
    public void stop() {
        Thread thread = running;
        if (thread == null) {
            return;
        }
        stopRequested = true;
        thread.interrupt();
        try {
            thread.join(GRACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (thread.isAlive()) {
            try {
                thread.stop();
            } catch (UnsupportedOperationException e) {
                // JDK 20+ removed Thread.stop: the interrupt is all we can do there
            }
        }
    }
}
