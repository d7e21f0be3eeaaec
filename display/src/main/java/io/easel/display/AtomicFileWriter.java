package io.easel.display;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file so that readers see either the old file or the whole new one, never half of it: the bytes go to a
 * hidden temporary file in the same folder (same file system, so the rename is atomic), which is then renamed over
 * the target. Any failure removes the temporary file.
 *
 * <p>Failures are IllegalArgumentExceptions because the kernel shows those from a magic as a plain message
 * ("MagicError: %export: cannot write ...") rather than as a crash.
 */
final class AtomicFileWriter {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFileWriter() {
    }

    /**
     * Checks, before any rendering, that {@code target} can be written: its folder exists and is writable, and it
     * is not itself a folder.
     *
     * @throws IllegalArgumentException saying what is wrong and what to do
     */
    static void checkWritable(Path target, String shownAs) {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null) {
            throw new IllegalArgumentException("cannot write " + shownAs + ": give a file name, e.g. figure.png.");
        }
        if (Files.isDirectory(absolute)) {
            throw new IllegalArgumentException("cannot write " + shownAs + ": it is a folder. Give a file name such as "
                    + target.resolve("figure.png") + ".");
        }
        if (!Files.exists(folder)) {
            throw new IllegalArgumentException("cannot write " + shownAs + ": the folder " + folder
                    + " does not exist. Create it first, or choose another path.");
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("cannot write " + shownAs + ": " + folder + " is a file, not a folder.");
        }
        if (!Files.isWritable(folder)) {
            throw new IllegalArgumentException("cannot write " + shownAs + ": no permission to write in " + folder
                    + ". Choose a folder you can write to.");
        }
    }

    /**
     * Writes {@code bytes} to {@code target} atomically.
     *
     * @throws IllegalArgumentException when the path cannot be written, saying why; the target is then unchanged
     */
    static void write(Path target, String shownAs, byte[] bytes) {
        Path absolute = target.toAbsolutePath().normalize();
        checkWritable(absolute, shownAs);
        // a name the user never chose, hidden, in the target's folder; created with default permissions (not the
        // owner-only ones of createTempFile) so the result is readable like any other file the user writes
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "."
                + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE) + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, StandardOpenOption.SYNC)) {
                out.write(bytes);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new IllegalArgumentException("cannot write " + shownAs + ": " + reason(e), e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied. Choose a folder you can write to.";
        }
        if (e instanceof NoSuchFileException) {
            return "its folder disappeared while writing.";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + ".";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the write's own failure is the one worth reporting
        }
    }
}
