package io.easel.rendermanager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class ClassDataArchiveTest {
    private static List<Path> files(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(folder)) {
            return all.sorted().toList();
        }
    }

    @Test
    void firstCleanExitRecordsTheArchiveAndTheNextLaunchMapsIt(@TempDir Path cache) throws Exception {
        RendererSettings settings = TestRenderer.settings("cds").toBuilder()
                .warmup(false).classDataSharing(true).cacheDir(cache)
                .logFile(cache.resolve("renderer.log")).build();
        try (RendererManager manager = new RendererManager(settings)) {
            manager.start().join();
            manager.stop();
            List<Path> archives = files(cache.resolve("cds"));
            assertEquals(1, archives.size(), "archives: " + archives);
            assertTrue(archives.get(0).getFileName().toString().matches("renderer-[0-9a-f]{24}\\.jsa"), archives.toString());
            assertTrue(Files.size(archives.get(0)) > 1_000_000, "a real archive, not an empty file");

            manager.start().join();
            manager.stop();
            String log = Files.readString(settings.logFile());
            assertTrue(log.contains("-XX:ArchiveClassesAtExit="), log);
            assertTrue(log.contains("-XX:SharedArchiveFile=" + archives.get(0)), log);
            assertEquals(archives, files(cache.resolve("cds")), "no second recording");
        }
    }

    @Test
    void aRecordingCutShortByKillMinus9IsDiscarded(@TempDir Path cache) throws Exception {
        RendererSettings settings = TestRenderer.settings("cds-killed").toBuilder().warmup(false)
                .classDataSharing(true).cacheDir(cache).build();
        try (RendererManager manager = new RendererManager(settings)) {
            long pid = manager.start().join().pid();
            TestRenderer.signal(pid, "KILL");
            assertTrue(TestRenderer.awaitGone(pid, Duration.ofSeconds(5)));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!files(cache.resolve("cds")).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(List.of(), files(cache.resolve("cds")), "no archive and no partial recording");
        }
    }

    @Test
    void archivesCanBeTurnedOff(@TempDir Path cache) throws Exception {
        RendererSettings settings = TestRenderer.settings("cds-off").toBuilder()
                .warmup(false).classDataSharing(false).cacheDir(cache)
                .logFile(cache.resolve("off.log")).build();
        try (RendererManager manager = new RendererManager(settings)) {
            manager.start().join();
            manager.stop();
        }
        assertFalse(Files.exists(cache.resolve("cds")));
        assertFalse(Files.readString(settings.logFile()).contains("-XX:ArchiveClassesAtExit"));
    }
}
