package io.easel.kernel;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The one thread that drives JShell: compiling, analysing and evaluating cells. Its stack is large because javac
 * recurses once per operator and nesting level (a 3,000-term expression overflows a normal thread's stack), and it
 * is not Jupyter's shell thread, so whatever happens there cannot take the thread that answers requests down.
 * Requests still run one at a time: the caller waits for each.
 */
final class SessionThread implements AutoCloseable {

    /** Reserved, not committed: the memory is only touched as deep as the compiler really recurses. */
    static final long STACK_BYTES = 1L << 30;

    private volatile Thread thread;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(null, r, "easel-session", STACK_BYTES);
        t.setDaemon(true);
        thread = t;
        return t;
    });

    /**
     * Runs the work on the session thread and waits for it, however long it takes: an interrupt of the caller is kept
     * for later rather than abandoning work JShell is in the middle of. What the work throws is thrown here.
     */
    <T> T call(Callable<T> task) throws Exception {
        if (Thread.currentThread() == thread) {
            return task.call(); // a magic running code from within a cell
        }
        Future<T> future = executor.submit(task);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Exception cause) {
                        throw cause;
                    }
                    throw (Error) e.getCause();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
