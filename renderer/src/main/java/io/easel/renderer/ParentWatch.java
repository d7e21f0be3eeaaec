package io.easel.renderer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Notices that the process that launched the renderer is gone, so that a kill -9 of the kernel leaves no
 * orphan. Two independent signals: stdin reaching end of file (the parent's end of the pipe closes the
 * moment it dies), and polling the parent's pid and our own parent pid (which changes when we are
 * re-parented). {@code ProcessHandle.onExit()} is not used for the pid: for a non-child it polls with
 * growing delays of up to five seconds. Nor is {@code ProcessHandle.info()}: it looks the owner's name up,
 * which reads /etc/passwd on every poll. The handle taken at start remembers the parent's start time, so
 * its {@code isAlive()} (one read of /proc/&lt;pid&gt;/stat) is already false for a recycled pid.
 */
final class ParentWatch {
    static final long POLL_MILLIS = 200;

    private ParentWatch() {
    }

    static void watchStdin(InputStream stdin, Consumer<String> onGone) {
        daemon("easel-renderer-stdin-watch", () -> {
            byte[] buffer = new byte[256];
            try {
                while (stdin.read(buffer) != -1) {
                    // input after the key line carries no meaning; only its end does
                }
                onGone.accept("stdin reached end of file (the parent process closed it or died)");
            } catch (IOException e) {
                onGone.accept("stdin failed: " + e.getMessage());
            }
        });
    }

    static void watchPid(long parentPid, Consumer<String> onGone) {
        Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
        long initialPpid = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        if (parent.isEmpty() || !parent.get().isAlive()) {
            onGone.accept("parent process " + parentPid + " does not exist");
            return;
        }
        daemon("easel-renderer-parent-watch", () -> {
            while (true) {
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
                boolean alive = parent.get().isAlive();
                long ppid = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
                if (!alive) {
                    onGone.accept("parent process " + parentPid + " exited");
                    return;
                }
                if (ppid != initialPpid) {
                    onGone.accept("the renderer was re-parented (from " + initialPpid + " to " + ppid
                            + "); its launcher died");
                    return;
                }
            }
        });
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }
}
