package io.easel.renderer;

/**
 * Ends the renderer when a thread dies of something it cannot recover from. A JeroMQ I/O thread or the
 * socket loop that dies leaves the port open but deaf, so every figure would wait for the manager's full
 * timeout; an {@link Error} that escapes a thread (e.g. "Cannot reserve ... bytes of direct buffer
 * memory", which -XX:+ExitOnOutOfMemoryError does not cover because Java code throws it) leaves the
 * process in an unknown state. Exiting with {@link RendererExit#THREAD_DIED} lets the manager report it
 * and start a fresh renderer on the next figure.
 */
final class FatalErrors {
    private FatalErrors() {
    }

    /** For threads whose every death is fatal: JeroMQ's I/O threads. */
    static Thread.UncaughtExceptionHandler exitOnAnyThrowable(String role) {
        return (thread, error) -> exit(role + " thread " + thread.getName(), error);
    }

    /**
     * For every other thread: an Error is fatal anywhere; a RuntimeException only in the named threads
     * (a library's helper thread dying of one must not take down figures that still render fine).
     */
    static Thread.UncaughtExceptionHandler exitOnErrorOr(String vitalThreadPrefix) {
        return (thread, error) -> {
            if (error instanceof Error || thread.getName().startsWith(vitalThreadPrefix)) {
                exit("thread " + thread.getName(), error);
            } else {
                StderrLog.warn("thread " + thread.getName() + " died; the renderer keeps serving", error);
            }
        };
    }

    private static void exit(String who, Throwable error) {
        String reason = who + " died of " + error;
        try {
            StderrLog.warn(reason + "; the renderer exits so that a fresh one takes over", error);
        } catch (Throwable ignored) {
            // out of memory even for the message: exiting matters more than saying why
        }
        try {
            RendererExit.now(RendererExit.THREAD_DIED, reason);
        } catch (Throwable cannotExitInOrder) {
            Runtime.getRuntime().halt(RendererExit.THREAD_DIED);
        }
    }
}
