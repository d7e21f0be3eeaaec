package io.easel.kernel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Jupyter names the process that started the kernel in JPY_PARENT_PID. When that process is gone (killed with
 * -9, say), nobody can reach this kernel any more, so it ends instead of lingering as an orphan.
 */
final class ParentWatch {

    private static final Logger LOG = LoggerFactory.getLogger(ParentWatch.class);

    private ParentWatch() {
    }

    static void exitWhenParentDies() {
        String pid = System.getenv("JPY_PARENT_PID");
        if (pid == null || pid.isBlank()) {
            return;
        }
        Optional<ProcessHandle> parent;
        try {
            parent = ProcessHandle.of(Long.parseLong(pid.trim()));
        } catch (NumberFormatException e) {
            return;
        }
        if (parent.isEmpty()) {
            LOG.warn("Jupyter's process {} is already gone; exiting", pid);
            System.exit(1);
        }
        parent.get().onExit().thenRun(() -> {
            LOG.warn("Jupyter's process {} ended; the kernel exits with it", pid);
            System.exit(1);
        });
    }
}
