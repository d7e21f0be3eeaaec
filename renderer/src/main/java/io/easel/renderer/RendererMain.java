package io.easel.renderer;

import io.easel.protocol.Handshake;
import io.easel.protocol.MessageHeader;
import io.easel.protocol.RendererKeys;
import io.easel.renderer.engine.RenderEngine;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;

/**
 * Entry point of the renderer process. Prints one handshake line on stdout once it listens, then serves
 * until asked to stop or until its parent is gone.
 */
public final class RendererMain {
    private RendererMain() {
    }

    /**
     * Loads the classes the exit path needs while the jar is surely there: if Easel is reinstalled while a
     * renderer runs, a lazily loaded exit class would fail and leave the process behind.
     */
    private static void preloadExitPath() {
        for (Class<?> type : new Class<?>[]{RendererExit.class, StopRequest.class, StderrLog.class,
                FatalErrors.class}) {
            try {
                Class.forName(type.getName(), true, RendererMain.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static void main(String[] args) {
        PrintStream handshakeChannel = System.out;
        // Anything a library prints must not land between the manager and the handshake line.
        System.setOut(System.err);

        RendererOptions options;
        try {
            options = RendererOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(RendererOptions.USAGE);
            System.exit(RendererExit.USAGE);
            return;
        }
        if (options.help()) {
            handshakeChannel.println(RendererOptions.USAGE);
            return;
        }
        preloadExitPath();
        Thread.setDefaultUncaughtExceptionHandler(FatalErrors.exitOnErrorOr(RendererServer.SOCKET_THREAD));
        RendererKeys keys;
        try {
            keys = KeyReader.read(options.keySource(), System.getenv(), System.in);
        } catch (IllegalArgumentException | IOException e) {
            StderrLog.warn("cannot start: " + e.getMessage());
            System.exit(RendererExit.USAGE);
            return;
        }

        RenderEngine engine = new RenderEngine(options.renderLimits());
        RendererServer server;
        int port;
        RendererCounters counters = new RendererCounters();
        try {
            server = new RendererServer(options, keys, engine, counters);
            port = server.start();
        } catch (RuntimeException e) {
            StderrLog.warn("cannot start: could not listen on 127.0.0.1", e);
            System.exit(RendererExit.START_FAILED);
            return;
        }

        if (options.parentPid().isPresent()) {
            ParentWatch.watchPid(options.parentPid().getAsLong(), reason -> RendererExit.now(RendererExit.OK, reason));
        }
        if (options.watchStdin()) {
            ParentWatch.watchStdin(System.in, reason -> RendererExit.now(RendererExit.OK, reason));
        }
        long pid = ProcessHandle.current().pid();
        handshakeChannel.println(new Handshake(port, pid, MessageHeader.PROTOCOL_VERSION).line());
        handshakeChannel.flush();
        StderrLog.info("listening on 127.0.0.1:" + port + " (pid " + pid + ", " + options.workers() + " workers, "
                + "max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)");
        if (options.warmup()) {
            Warmup.start(engine, counters::warmedUp);
        }
        IdleTrim.start(counters);

        StopRequest stop;
        try {
            stop = server.shutdownRequested().get();
        } catch (InterruptedException | ExecutionException e) {
            stop = new StopRequest(RendererExit.OK, "interrupted");
        }
        server.close();
        RendererExit.now(stop.exitCode(), stop.reason());
    }
}
