package io.easel.rendermanager;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A launched renderer process that has reported ready. */
final class RendererProcess {
    private final Process process;
    private final long pid;
    private final int port;
    private final OutputStream stdin;
    private final CompletableFuture<Integer> exit;
    private final StderrTail tail;
    private final boolean recordsArchive;

    RendererProcess(Process process, int port, OutputStream stdin, CompletableFuture<Integer> exit, StderrTail tail,
                    boolean recordsArchive) {
        this.recordsArchive = recordsArchive;
        this.process = process;
        this.pid = process.pid();
        this.port = port;
        this.stdin = stdin;
        this.exit = exit;
        this.tail = tail;
    }

    long pid() {
        return pid;
    }

    int port() {
        return port;
    }

    /** Completes with the exit code once the process has ended and its output has been read. */
    CompletableFuture<Integer> exit() {
        return exit;
    }

    StderrTail tail() {
        return tail;
    }

    /** True when this process writes a class-data archive as it exits, which makes its exit slower. */
    boolean recordsArchive() {
        return recordsArchive;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Closing stdin is the renderer's cue to exit by itself. */
    void closeStdin() {
        try {
            stdin.close();
        } catch (IOException ignored) {
            // already closed or the process is gone: either way it will exit
        }
    }

    /** SIGKILL: works on a stopped or hung process too. */
    void kill() {
        process.destroyForcibly();
    }

    /** Waits for the exit code; kills the process if it has not exited within the grace period. */
    int awaitExit(Duration grace) {
        try {
            return exit.get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            kill();
        } catch (ExecutionException e) {
            kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
        try {
            return exit.get(5, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
            return process.isAlive() ? -1 : process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
