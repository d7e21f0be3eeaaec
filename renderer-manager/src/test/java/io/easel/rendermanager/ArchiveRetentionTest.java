package io.easel.rendermanager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class ArchiveRetentionTest {
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private final ArchiveRetention retention = new ArchiveRetention(3, Duration.ofDays(30), Duration.ofHours(1));

    private static Path archive(Path folder, String name, Duration unusedFor) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, new byte[4096]);
        Files.setLastModifiedTime(file, FileTime.from(NOW.minus(unusedFor)));
        return file;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void keepsTheCurrentTheNewestFewAndRemovesTheOldAndTheSurplus(@TempDir Path folder) throws Exception {
        Path current = archive(folder, "renderer-current.jsa", Duration.ofDays(400));
        archive(folder, "renderer-a.jsa", Duration.ofDays(1));
        archive(folder, "renderer-b.jsa", Duration.ofDays(2));
        archive(folder, "renderer-c.jsa", Duration.ofDays(3)); // the fourth newest: beyond the newest few
        archive(folder, "renderer-old.jsa", Duration.ofDays(31));
        archive(folder, "renderer-x.jsa.123-456.tmp", Duration.ofDays(2)); // a recording its manager never finished
        archive(folder, "renderer-y.jsa.789-012.tmp", Duration.ofMinutes(5)); // maybe recording right now
        archive(folder, "notes.txt", Duration.ofDays(900));

        List<Path> removed = retention.prune(folder, current, NOW, file -> false);

        assertEquals(List.of("notes.txt", "renderer-a.jsa", "renderer-b.jsa", "renderer-current.jsa",
                "renderer-y.jsa.789-012.tmp"), names(folder));
        assertEquals(3, removed.size(), removed.toString());
    }

    @Test
    void neverRemovesAnArchiveInUseOrUsedWithinTheHour(@TempDir Path folder) throws Exception {
        Path current = archive(folder, "renderer-current.jsa", Duration.ZERO);
        for (String name : List.of("renderer-1.jsa", "renderer-2.jsa", "renderer-3.jsa")) {
            archive(folder, name, Duration.ofMinutes(1));
        }
        Path mapped = archive(folder, "renderer-mapped.jsa", Duration.ofDays(90));
        Path fresh = archive(folder, "renderer-fresh.jsa", Duration.ofMinutes(10));
        // what a renderer still running from an old install does with its archive: map it
        try (FileChannel channel = FileChannel.open(mapped, StandardOpenOption.READ)) {
            MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, 0, 4096);
            Set<Path> inUse = MappedFiles.all();
            assertNotNull(inUse, "this machine has /proc");
            assertTrue(inUse.contains(mapped.toAbsolutePath()), "this JVM's own mapping is seen");

            retention.prune(folder, current, NOW, file -> inUse.contains(file.toAbsolutePath()));
            assertEquals(0, map.get(0));
        }
        assertTrue(Files.exists(mapped), "mapped by a running process");
        assertTrue(Files.exists(fresh), "used ten minutes ago: a launch may be about to map it");
        assertEquals(6, names(folder).size());

        retention.prune(folder, current, NOW, file -> false);
        assertFalse(Files.exists(mapped), "no longer mapped, 90 days unused, beyond the newest three");
        assertTrue(Files.exists(fresh));
    }

    @Test
    void aLaunchMarksItsArchiveUsedAndPrunesTheFolder(@TempDir Path cache) throws Exception {
        Path folder = Files.createDirectories(cache.resolve("cds"));
        Path stale = archive(folder, "renderer-000000000000000000000000.jsa", Duration.ofDays(60));
        RendererSettings settings = TestRenderer.settings("cds-prune").toBuilder().classDataSharing(true)
                .cacheDir(cache).logFile(cache.resolve("prune.log")).build();
        RendererLogFile log = RendererLogFile.open(settings.logFile());
        ClassDataArchive first = ClassDataArchive.forLaunch(settings, TestRenderer.dist() + "/*", List.of("-Xmx1g"), log);
        assertNotNull(first);
        first.processExited(1); // no renderer ran: nothing recorded, and the archive is free for other tests
        log.close();
        assertFalse(Files.exists(stale), "60 days unused");
        assertTrue(Files.readString(settings.logFile()).contains("removed 1 class-data-sharing archive"));
    }
}
