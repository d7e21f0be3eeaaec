package io.easel.rendermanager;

import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecutor;

import java.io.File;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Commons Exec's executor, keeping hold of the {@link Process} it launches: a hung renderer must be
 * killed with SIGKILL ({@link Process#destroyForcibly()}), which a SIGSTOPped process cannot ignore,
 * while Commons Exec's watchdog only sends SIGTERM.
 */
final class ProcessCapturingExecutor extends DefaultExecutor {
    private final CompletableFuture<Process> launched = new CompletableFuture<>();

    CompletableFuture<Process> launched() {
        return launched;
    }

    @Override
    protected Process launch(CommandLine command, Map<String, String> env, File workingDirectory) throws IOException {
        try {
            Process process = super.launch(command, env, workingDirectory);
            launched.complete(process);
            return process;
        } catch (IOException | RuntimeException e) {
            launched.completeExceptionally(e);
            throw e;
        }
    }
}
