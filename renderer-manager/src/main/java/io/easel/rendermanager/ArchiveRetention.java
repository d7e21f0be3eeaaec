package io.easel.rendermanager;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which class-data-sharing archives to keep. Each install path, rebuild or JVM option set gets its own archive of
 * about 26 MB, so without pruning the cache folder only grows. An archive's modification time is its last use
 * ({@link ClassDataArchive} touches it at every launch that maps it). Kept: the one this launch uses, every archive a
 * running process has mapped, every archive used within {@link #recentlyUsed} (a launch may be about to map it),
 * and the {@link #keepNewest} most recently used; the others go once unused for {@link #maxUnused}, or at once when
 * beyond the newest few. Recordings left behind by a manager that died mid-recording go after a day.
 *
 * @param keepNewest   archives kept whatever their age
 * @param maxUnused    an archive beyond none of the rules above goes after this long unused
 * @param recentlyUsed an archive used this recently is never removed
 */
record ArchiveRetention(int keepNewest, Duration maxUnused, Duration recentlyUsed) {
    static final Duration LEFTOVER_RECORDING = Duration.ofDays(1);

    static ArchiveRetention defaults() {
        return new ArchiveRetention(3, Duration.ofDays(30), Duration.ofHours(1));
    }

    /**
     * Removes what this retention does not keep from {@code folder}; returns what it removed.
     *
     * @param current the archive this launch uses (kept)
     * @param inUse   true for an archive some running process has mapped
     */
    List<Path> prune(Path folder, Path current, Instant now, Predicate<Path> inUse) throws IOException {
        List<Path> archives = new ArrayList<>();
        List<Path> removed = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, "renderer-*")) {
            for (Path file : found) {
                String name = file.getFileName().toString();
                if (name.endsWith(".jsa") && !file.equals(current)) {
                    archives.add(file);
                } else if (name.endsWith(".tmp") && olderThan(file, now, LEFTOVER_RECORDING) && !inUse.test(file)) {
                    delete(file, removed);
                }
            }
        }
        archives.sort(Comparator.comparing(ArchiveRetention::lastUse).reversed());
        int kept = current == null ? 0 : 1;
        for (Path archive : archives) {
            boolean young = !olderThan(archive, now, maxUnused);
            if (kept < keepNewest && young) {
                kept++;
            } else if (olderThan(archive, now, recentlyUsed) && !inUse.test(archive)) {
                delete(archive, removed);
            }
        }
        return removed;
    }

    private static void delete(Path file, List<Path> removed) {
        try {
            if (Files.deleteIfExists(file)) {
                removed.add(file);
            }
        } catch (IOException e) {
            // another manager removed or replaced it meanwhile; the next launch tries again
        }
    }

    private static boolean olderThan(Path file, Instant now, Duration age) {
        return lastUse(file).isBefore(now.minus(age));
    }

    private static Instant lastUse(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException gone) {
            return Instant.MAX; // vanished meanwhile: nothing to remove
        }
    }
}
