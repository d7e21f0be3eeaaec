package io.easel.kernel.session;

import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.SPIResolutionException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs snippets in the kernel's JVM ("local execution") so that cells can hand real objects to the kernel: the value
 * of a cell's last expression is kept as an object (JShell itself only reports a string), and a figure built in a
 * cell is the very object the display extension renders.
 *
 * <p>All user code runs on a cell thread of its own, never on a thread that serves Jupyter: the snippet itself, the
 * conversion of its value for display ({@link #call}), and the reading of what its exception says
 * ({@link UserFailure}). So {@link #stop()} can interrupt any of it, and no {@code toString()} or {@code getMessage()}
 * that throws an Error, loops or overflows the stack can take a kernel thread down.
 *
 * <p>Each cell's threads belong to a thread group of the cell ({@link #beginCell}); threads they start inherit it, so
 * the kernel can tell which cell a background thread belongs to.
 */
final class CellExecutionControl extends DirectExecutionControl {

    /** How long an interrupted snippet gets to honour {@link Thread#interrupt()} before it is stopped by force. */
    private static final long GRACE_MILLIS = 500;

    private static final String VALUE_KEY_PREFIX = "easel-value:";
    private static final String FAILURE_KEY_PREFIX = "easel-failure:";

    private final SessionClassLoader loader;
    private final ThreadGroup cellThreads;
    private final Map<String, Object> values = new ConcurrentHashMap<>();
    private final Map<String, UserFailure> failures = new ConcurrentHashMap<>();
    private final AtomicLong keys = new AtomicLong();

    private volatile ThreadGroup currentCell;
    private volatile Thread running;
    private volatile boolean stopRequested;
    private volatile boolean stopped;

    CellExecutionControl(SessionClassLoader loader, ThreadGroup cellThreads) {
        super(new SessionLoaderDelegate(loader));
        this.loader = loader;
        this.cellThreads = cellThreads;
        this.currentCell = cellThreads;
    }

    /** The group every thread of cells belongs to. */
    ThreadGroup cellThreads() {
        return cellThreads;
    }

    /** The threads of the code run from now on, and the threads they start, belong to a new group of this name. */
    ThreadGroup beginCell(String name) {
        ThreadGroup group = new ThreadGroup(cellThreads, name);
        currentCell = group;
        return group;
    }

    /** What running user code on a cell thread came to. */
    record Outcome(Object value, SPIResolutionException unresolved, UserFailure failure, boolean stopped) {
    }

    @Override
    protected String invoke(Method snippet) throws Exception {
        Outcome outcome = runOnCellThread(() -> snippet.invoke(null));
        if (outcome.stopped()) {
            stopped = true;
            throw new StoppedException();
        }
        if (outcome.unresolved() != null) {
            // DirectExecutionControl turns this into JShell's UnresolvedReferenceException
            throw new InvocationTargetException(outcome.unresolved());
        }
        if (outcome.failure() != null) {
            // JShell would read the exception's message and causes on this thread; it gets a token instead
            String key = FAILURE_KEY_PREFIX + keys.incrementAndGet();
            failures.put(key, outcome.failure());
            throw new InvocationTargetException(CapturedFailure.standIn(key, outcome.failure()));
        }
        return remember(outcome.value());
    }

    /** Runs kernel work on user objects (a value's toString, say) on a cell thread, stoppable like a snippet. */
    Outcome call(Callable<?> work) {
        return runOnCellThread(work);
    }

    private Outcome runOnCellThread(Callable<?> work) {
        Object[] result = new Object[1];
        SPIResolutionException[] unresolved = new SPIResolutionException[1];
        UserFailure[] failure = new UserFailure[1];
        Thread thread = new Thread(currentCell, () -> {
            try {
                result[0] = work.call();
            } catch (Throwable e) {
                Throwable cause = e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
                if (cause instanceof SPIResolutionException resolution) {
                    unresolved[0] = resolution;
                } else if (!stopRequested) {
                    failure[0] = captureSafely(cause);
                }
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
        return new Outcome(result[0], unresolved[0], failure[0], stopRequested);
    }

    private static UserFailure captureSafely(Throwable thrown) {
        try {
            return UserFailure.capture(thrown);
        } catch (Throwable e) {
            // even the class name could not be read out (out of memory, say): say what little is known
            return new UserFailure(java.util.List.of(new UserFailure.Link(thrown.getClass().getName(), null,
                    new StackTraceElement[0])));
        }
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

    /** Takes what the exception behind JShell's report said, by the token's message; null for no such token. */
    UserFailure takeFailure(String reportedMessage) {
        return reportedMessage == null ? null : failures.remove(reportedMessage);
    }

    void forgetValues() {
        values.clear();
        failures.clear();
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

    /**
     * Stands in for a user's exception in JShell's hands: the top one's message is the key to what the exception
     * said; each carries the frames of its link, which JShell translates to snippet lines on the way.
     */
    static final class CapturedFailure extends RuntimeException {
        private CapturedFailure(String message, Throwable cause, StackTraceElement[] frames) {
            super(message, cause, false, true);
            setStackTrace(frames);
        }

        static CapturedFailure standIn(String key, UserFailure failure) {
            CapturedFailure next = null;
            for (int i = failure.chain().size() - 1; i >= 0; i--) {
                next = new CapturedFailure(i == 0 ? key : "", next, failure.chain().get(i).frames());
            }
            return next;
        }
    }
}
