package io.easel.rendermanager;

import io.easel.protocol.Handshake;
import org.apache.commons.exec.ExecuteStreamHandler;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * The renderer's three standard streams. Stdin stays open for the process's whole life (the renderer
 * exits when it closes, which is how a dead manager takes its renderer along). The first handshake line
 * on stdout completes {@link #handshake()}; everything else from stdout and stderr goes to the log, and
 * stderr's last lines are kept for crash reports.
 */
final class RendererStreams implements ExecuteStreamHandler {
    private static final long JOIN_MILLIS = 2_000;

    private final RendererLogFile log;
    private final StderrTail tail;
    private final CompletableFuture<Handshake> handshake = new CompletableFuture<>();
    private final CompletableFuture<OutputStream> stdin = new CompletableFuture<>();
    private InputStream stdout;
    private InputStream stderr;
    private Thread stdoutReader;
    private Thread stderrReader;

    RendererStreams(RendererLogFile log, StderrTail tail) {
        this.log = log;
        this.tail = tail;
    }

    CompletableFuture<Handshake> handshake() {
        return handshake;
    }

    /** Completes as soon as the process exists and its stdin can be written. */
    CompletableFuture<OutputStream> stdin() {
        return stdin;
    }

    @Override
    public void setProcessInputStream(OutputStream os) {
        stdin.complete(os);
    }

    @Override
    public void setProcessOutputStream(InputStream is) {
        stdout = is;
    }

    @Override
    public void setProcessErrorStream(InputStream is) {
        stderr = is;
    }

    @Override
    public void start() {
        stdoutReader = daemon("easel-renderer-stdout", this::readStdout);
        stderrReader = daemon("easel-renderer-stderr", this::readStderr);
    }

    @Override
    public void stop() {
        join(stdoutReader);
        join(stderrReader);
        stdin.thenAccept(RendererStreams::closeQuietly);
    }

    private void readStdout() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!handshake.isDone()) {
                    var parsed = Handshake.parse(line);
                    if (parsed.isPresent()) {
                        handshake.complete(parsed.get());
                        continue;
                    }
                }
                log.line("[stdout] " + line);
            }
        } catch (IOException e) {
            log.note("reading the renderer's stdout failed: " + e.getMessage());
        } finally {
            handshake.completeExceptionally(new IOException("the renderer closed its stdout without a handshake line"));
        }
    }

    private void readStderr() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                tail.add(line);
                log.line(line);
            }
        } catch (IOException e) {
            log.note("reading the renderer's stderr failed: " + e.getMessage());
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void join(Thread thread) {
        if (thread == null) {
            return;
        }
        try {
            thread.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void closeQuietly(OutputStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // the process is gone; nothing to flush to
        }
    }
}
