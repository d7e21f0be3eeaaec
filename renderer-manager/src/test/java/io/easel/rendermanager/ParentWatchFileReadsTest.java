package io.easel.rendermanager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The renderer's parent watch polls five times a second; it used to look the parent up with
 * ProcessHandle.info(), which resolves the user name and so reads /etc/passwd on every poll. Watched for
 * real with strace attached to the running renderer.
 */
class ParentWatchFileReadsTest {
    @TempDir
    Path dir;

    @Test
    void anIdleRendererOpensNoFilesWhileItWatchesItsParent() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/strace")), "strace is not installed; cannot watch system calls");
        try (RendererManager manager = new RendererManager(TestRenderer.settings("parent-watch-reads").toBuilder().warmup(false).build())) {
            long pid = manager.start().join().pid();
            Path trace = dir.resolve("openat.txt");
            Process strace = new ProcessBuilder("/usr/bin/strace", "-f", "-qq", "-e", "trace=open,openat",
                    "-o", trace.toString(), "-p", Long.toString(pid)).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("strace.out").toFile()).start();
            try {
                Thread.sleep(2_000); // ten polls of the parent watch
            } finally {
                strace.destroy();
                assertTrue(strace.waitFor(10, TimeUnit.SECONDS), "strace did not detach");
            }
            String straceOutput = Files.readString(dir.resolve("strace.out"));
            assumeTrue(Files.exists(trace) && !straceOutput.contains("Operation not permitted"),
                    "strace may not attach here: " + straceOutput);
            String opened = Files.readString(trace);
            assertFalse(opened.contains("/etc/passwd"), opened);
            assertTrue(TestRenderer.isAlive(pid));
        }
    }
}
