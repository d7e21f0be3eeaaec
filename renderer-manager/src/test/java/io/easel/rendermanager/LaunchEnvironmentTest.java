package io.easel.rendermanager;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a real renderer process is launched with, read back from /proc. */
class LaunchEnvironmentTest {
    @Test
    void theRendererRunsWithTwoMallocArenasAndASmallInitialHeap() throws Exception {
        RendererSettings settings = TestRenderer.settings("launch-env").toBuilder().warmup(false).build();
        try (RendererManager manager = new RendererManager(settings)) {
            long pid = manager.start().get(60, TimeUnit.SECONDS).pid();
            List<String> environment = Arrays.asList(new String(
                    Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ")), StandardCharsets.UTF_8)
                    .split("\0"));
            boolean inherited = System.getenv(RendererLauncher.MALLOC_ARENA_MAX) != null;
            assertTrue(inherited || environment.contains("MALLOC_ARENA_MAX=2"), environment.toString());
            String command = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ');
            assertTrue(command.contains("-Xms32m") && command.contains("-XX:MaxHeapFreeRatio=70"), command);
        }
    }
}
