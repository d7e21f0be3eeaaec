package io.easel.renderer;

/**
 * Ends the renderer process. A watchdog halts the JVM if an orderly exit stalls, so the promise "gone
 * within two seconds of its parent" holds even when a render thread ignores interruption.
 */
final class RendererExit {
    static final int OK = 0;
    static final int USAGE = 2;
    static final int WORKERS_STUCK = 4;
    static final int START_FAILED = 5;
    /** A thread the renderer cannot serve without (a JeroMQ I/O thread, the socket loop) died, or an Error escaped. */
    static final int THREAD_DIED = 6;
    private static final long HALT_AFTER_MILLIS = 1_200;

    private RendererExit() {
    }

    static void now(int code, String reason) {
        StderrLog.info("exiting (code " + code + "): " + reason);
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(HALT_AFTER_MILLIS);
            } catch (InterruptedException ignored) {
                // fall through to halt
            }
            Runtime.getRuntime().halt(code);
        }, "easel-renderer-halt");
        halt.setDaemon(true);
        halt.start();
        System.exit(code);
    }
}
