package io.easel.plot;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes exported figures so a reader never sees half a file: the bytes go to a temporary file in the same folder,
 * which is then renamed over the target (atomically where the file system allows).
 */
final class FigureFiles {

    private FigureFiles() {
    }

    static void writeAtomically(Path target, byte[] bytes) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UncheckedIOException(new IOException("Cannot save the figure to " + target + ": the folder "
                    + folder + " does not exist. Create it first."));
        }
        if (Files.isDirectory(absolute)) {
            throw new UncheckedIOException(new IOException("Cannot save the figure to " + target
                    + ": that is a folder. Give a file name such as " + target.resolve("figure.png") + "."));
        }
        // A temp file created with default permissions (not createTempFile's owner-only ones), so the saved figure
        // ends up readable like any other file the user writes.
        String name = absolute.getFileName().toString();
        String stem = name.length() > 100 ? name.substring(0, 100) : name; // stays within file name limits
        Path temp = folder.resolve("." + stem + "." + Long.toHexString(
                ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("Cannot save the figure to " + target + ": " + e, e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // The original failure is the one worth reporting.
        }
    }
}
