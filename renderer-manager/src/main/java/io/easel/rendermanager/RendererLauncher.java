package io.easel.rendermanager;

import io.easel.plot.FigureErrorKind;
import io.easel.protocol.Handshake;
import io.easel.protocol.LaunchKeys;
import io.easel.protocol.MessageHeader;
import io.easel.protocol.SigningKey;

import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.ExecuteException;
import org.apache.commons.exec.ExecuteResultHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Launches a renderer with Commons Exec and waits for its handshake. The keys (the signing key, the renderer's
 * CURVE key pair, the manager's CURVE public key) go through the child's stdin as one line (never argv, never the
 * environment, never a file); the manager's pid goes on the command line so the
 * renderer can watch it.
 */
final class RendererLauncher {
    static final String MAIN_CLASS = "io.easel.renderer.RendererMain";
    private static final int TAIL_CAPACITY = 200;
    static final String MALLOC_ARENA_MAX = "MALLOC_ARENA_MAX";

    private final RendererSettings settings;
    private final RendererLogFile log;
    private final Path columnDir;

    /** @param columnDir the manager's column directory for the renderer, or null to send every column as frames */
    RendererLauncher(RendererSettings settings, RendererLogFile log, Path columnDir) {
        this.settings = settings;
        this.log = log;
        this.columnDir = columnDir;
    }

    RendererProcess launch(LaunchKeys keys) {
        String classpath = RendererClasspath.check(settings.classpath());
        if (!Files.isExecutable(settings.javaBinary())) {
            throw startFailed("The java executable " + settings.javaBinary() + " does not exist or cannot be run. Set "
                    + RendererSettings.Setting.JAVA.property() + " / " + RendererSettings.Setting.JAVA.environmentVariable()
                    + " to a Java 17+ java binary.");
        }
        ClassDataArchive archive = ClassDataArchive.forLaunch(settings, classpath, launchOptions(), log);
        CommandLine command = command(classpath, archive);
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.remove(SigningKey.ENV_VAR);
        // glibc gives each thread that mallocs an arena of its own; the renderer allocates in the Java heap, and two
        // arenas keep its native memory from growing with the worker, JIT and ZeroMQ threads
        environment.putIfAbsent(MALLOC_ARENA_MAX, "2");
        StderrTail tail = new StderrTail(TAIL_CAPACITY);
        RendererStreams streams = new RendererStreams(log, tail);
        ProcessCapturingExecutor executor = new ProcessCapturingExecutor();
        executor.setStreamHandler(streams);
        executor.setExitValues(null);
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        log.note("starting renderer: " + String.join(" ", command.toStrings()));
        long deadline = System.nanoTime() + settings.startTimeout().toNanos();
        try {
            executor.execute(command, environment, new ExecuteResultHandler() {
                @Override
                public void onProcessComplete(int exitValue) {
                    if (archive != null) {
                        archive.processExited(exitValue);
                    }
                    exit.complete(exitValue);
                }

                @Override
                public void onProcessFailed(ExecuteException e) {
                    if (archive != null) {
                        archive.processExited(e.getExitValue());
                    }
                    if (executor.launched().isDone() && !executor.launched().isCompletedExceptionally()) {
                        exit.complete(e.getExitValue());
                    } else {
                        exit.completeExceptionally(e);
                    }
                }
            });
        } catch (IOException e) {
            throw startFailed("Could not launch " + settings.javaBinary() + ": " + e.getMessage());
        }

        Process process = awaitLaunch(executor, exit, deadline);
        try {
            OutputStream stdin = streams.stdin().get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
            stdin.write((keys.forRenderer().toLine() + "\n").getBytes(StandardCharsets.US_ASCII));
            stdin.flush();
            Handshake handshake = awaitHandshake(streams, exit, deadline, process, tail);
            if (handshake.protocol() != MessageHeader.PROTOCOL_VERSION) {
                process.destroyForcibly();
                throw startFailed("The renderer speaks protocol " + handshake.protocol() + " but this manager speaks "
                        + MessageHeader.PROTOCOL_VERSION + ": the renderer jars and the kernel come from different Easel "
                        + "versions. " + RendererClasspath.HOW_TO_SET);
            }
            log.note("renderer pid " + process.pid() + " ready on port " + handshake.port());
            return new RendererProcess(process, handshake.port(), stdin, exit, tail,
                    archive != null && archive.records());
        } catch (IOException | ExecutionException e) {
            throw diedAtStart(process, exit, tail);
        } catch (TimeoutException e) {
            throw notReadyInTime(process, exit, tail);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw startFailed("Interrupted while the renderer was starting.");
        }
    }

    private List<String> launchOptions() {
        List<String> options = settings.baseJvmOptions();
        options.addAll(settings.jvmOptions());
        return options;
    }

    private CommandLine command(String classpath, ClassDataArchive archive) {
        CommandLine command = new CommandLine(settings.javaBinary().toString());
        List<String> options = launchOptions();
        if (archive != null) {
            options.addAll(archive.jvmOptions());
        }
        for (String option : options) {
            command.addArgument(option, false);
        }
        command.addArgument("-cp", false);
        command.addArgument(classpath, false);
        command.addArgument(MAIN_CLASS, false);
        command.addArgument("--parent-pid", false);
        command.addArgument(Long.toString(ProcessHandle.current().pid()), false);
        command.addArgument("--key-from", false);
        command.addArgument("stdin", false);
        command.addArgument("--timeout-ms", false);
        command.addArgument(Long.toString(settings.requestTimeout().toMillis()), false);
        command.addArgument("--max-frame-bytes", false);
        command.addArgument(Long.toString(FrameLimit.configuredBytes()), false);
        if (settings.workers() > 0) {
            command.addArgument("--workers", false);
            command.addArgument(Integer.toString(settings.workers()), false);
        }
        if (!settings.warmup()) {
            command.addArgument("--no-warmup", false);
        }
        if (columnDir != null) {
            command.addArgument("--column-dir", false);
            command.addArgument(columnDir.toString(), false);
        }
        return command;
    }

    private Process awaitLaunch(ProcessCapturingExecutor executor, CompletableFuture<Integer> exit, long deadline) {
        try {
            CompletableFuture.anyOf(executor.launched(), exit).get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
            return executor.launched().getNow(null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof ExecuteException ee && ee.getCause() != null ? ee.getCause() : e.getCause();
            throw startFailed("Could not launch " + settings.javaBinary() + ": " + cause.getMessage() + ". Set "
                    + RendererSettings.Setting.JAVA.property() + " to a working java.");
        } catch (TimeoutException e) {
            throw startFailed("Launching " + settings.javaBinary() + " took longer than " + settings.startTimeout() + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw startFailed("Interrupted while launching the renderer.");
        }
    }

    private Handshake awaitHandshake(RendererStreams streams, CompletableFuture<Integer> exit, long deadline,
                                     Process process, StderrTail tail)
            throws ExecutionException, TimeoutException, InterruptedException {
        CompletableFuture.anyOf(streams.handshake(), exit).get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
        Handshake handshake = streams.handshake().getNow(null);
        if (handshake == null) {
            throw diedAtStart(process, exit, tail);
        }
        return handshake;
    }

    private RenderFailedException diedAtStart(Process process, CompletableFuture<Integer> exit, StderrTail tail) {
        int code = waitForExit(process, exit);
        String hint = ExitReport.hint(code, tail, settings);
        String message = "The renderer process exited with " + ExitReport.describeCode(code) + " before it was ready. "
                + ExitReport.stderrTail(tail) + "\n" + (hint.isEmpty() ? "" : hint + " ")
                + ExitReport.logPointer(log.path());
        log.note("renderer failed to start: exit " + ExitReport.describeCode(code));
        return startFailed(message);
    }

    private RenderFailedException notReadyInTime(Process process, CompletableFuture<Integer> exit, StderrTail tail) {
        process.destroyForcibly();
        waitForExit(process, exit);
        log.note("renderer did not report ready within " + settings.startTimeout() + "; killed");
        return startFailed("The renderer did not report ready within " + settings.startTimeout().toSeconds()
                + " s and was killed. " + ExitReport.stderrTail(tail) + "\nIf the machine is just slow, raise "
                + RendererSettings.Setting.START_TIMEOUT.property() + ". " + ExitReport.logPointer(log.path()));
    }

    /** The exit code, once Commons Exec has also drained the streams (so the stderr tail is complete). */
    private static int waitForExit(Process process, CompletableFuture<Integer> exit) {
        try {
            return exit.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            return process.isAlive() ? -1 : process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static long remainingMillis(long deadlineNanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()));
    }

    private static RenderFailedException startFailed(String message) {
        return new RenderFailedException(FigureErrorKind.START_FAILED, message);
    }
}
