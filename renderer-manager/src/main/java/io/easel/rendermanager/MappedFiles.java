package io.easel.rendermanager;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The files running processes have mapped, from Linux's {@code /proc/<pid>/maps} (readable for this user's own
 * processes, which are the only ones that can map files in this user's cache). A JVM maps its class-data archive
 * for its whole life, so this is how a renderer still running from an old install keeps its archive.
 */
final class MappedFiles {
    private static final Path PROC = Path.of("/proc");

    private MappedFiles() {
    }

    /**
     * Every path mapped by a process whose maps are readable, or null where there is no {@code /proc} to tell (the
     * caller must then treat every file as possibly in use).
     */
    static Set<Path> all() {
        if (!Files.isDirectory(PROC.resolve("self"))) {
            return null;
        }
        Set<Path> mapped = new HashSet<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path process : processes) {
                readMaps(process.resolve("maps"), mapped);
            }
        } catch (IOException e) {
            return null;
        }
        return mapped;
    }

    private static void readMaps(Path maps, Set<Path> into) {
        try {
            for (String line : Files.readAllLines(maps)) {
                int slash = line.indexOf('/');
                if (slash > 0) {
                    // a deleted file's line ends in " (deleted)", which names no file to keep
                    into.add(Path.of(line.substring(slash)));
                }
            }
        } catch (IOException | RuntimeException otherUsersOrGone) {
            // another user's process (unreadable), or one that exited meanwhile
        }
    }
}
