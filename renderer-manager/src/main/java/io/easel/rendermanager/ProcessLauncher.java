package io.easel.rendermanager;

import io.easel.plot.FigureErrorKind;
import io.easel.protocol.Json;
import io.easel.protocol.LaunchKeys;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;

/**
 * The real launcher: fresh keys (a signing key and two CURVE key pairs), a renderer JVM ({@link RendererLauncher}), a signed connection to it, and
 * pings until it answers, which proves it listens and holds the key.
 */
final class ProcessLauncher implements Launcher {
    private static final Duration PING_ATTEMPT = Duration.ofSeconds(2);

    private final RendererSettings settings;
    private final Json json;
    private final Executor callbacks;
    private final ColumnDirectory columns;

    ProcessLauncher(RendererSettings settings, Json json, Executor callbacks, ColumnDirectory columns) {
        this.settings = settings;
        this.json = json;
        this.callbacks = callbacks;
        this.columns = columns;
    }

    @Override
    public RendererHandle launch(RendererLogFile log) {
        LaunchKeys keys = LaunchKeys.random();
        RendererProcess process = new RendererLauncher(settings, log, columns.forLaunch()).launch(keys);
        RendererSession started = new RendererSession(process, keys, json, callbacks);
        try {
            awaitFirstPong(started, log);
        } catch (RenderFailedException e) {
            started.kill(e);
            process.exit().whenComplete((code, error) -> started.release());
            throw e;
        }
        return started;
    }

    /**
     * A ping that goes unanswered is repeated rather than trusted to arrive late (a fresh JeroMQ connection can
     * stall its handshake), and noted in the log.
     */
    private static void awaitFirstPong(RendererSession started, RendererLogFile log) {
        long deadline = System.nanoTime() + RendererSession.PING_TIMEOUT.toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                started.ping(PING_ATTEMPT).get();
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RenderFailedException(FigureErrorKind.START_FAILED,
                        "Interrupted while waiting for the renderer to answer.", e);
            } catch (ExecutionException e) {
                boolean unanswered = e.getCause() instanceof TimeoutException;
                if (unanswered && System.nanoTime() < deadline && started.isAlive()) {
                    log.note("ping " + attempt + " to renderer pid " + started.pid() + " unanswered after "
                            + RendererSupervisor.describe(PING_ATTEMPT) + "; pinging again");
                    continue;
                }
                throw new RenderFailedException(FigureErrorKind.START_FAILED, "The renderer (pid "
                        + started.pid() + ") started but did not answer a signed ping within "
                        + RendererSession.PING_TIMEOUT.toSeconds() + " s ("
                        + (unanswered ? "no answer" : e.getCause().getMessage()) + "). "
                        + ExitReport.stderrTail(started.tail()) + "\n" + ExitReport.logPointer(log.path()),
                        e.getCause());
            }
        }
    }
}
