package io.easel.plot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
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
 * Writes files so that a reader sees either the old file or the whole new one, never half of it: the bytes go to a
 * hidden temporary file in the target's folder (same file system, so the rename is atomic where the file system
 * allows), which is then renamed over the target. A failure removes the temporary file and leaves the target as it
 * was.
 *
 * <p>Failures are {@link UncheckedIOException}s whose message reads {@code Cannot write <target>: <reason>}. The
 * cause is an {@link IOException} whose message is the reason alone (wrapping the file system's own exception, if
 * any), for callers that name the file their own way, e.g. as the user typed it.
 */
public final class AtomicFiles {

    /** Leaves room for the dot, the random suffix and ".tmp" within the usual 255-byte file name limit. */
    private static final int MAX_TEMP_STEM_BYTES = 100;

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /**
     * Checks, without writing anything, that {@code target} can be written: its folder exists, is a folder and is
     * writable, and the target is not itself a folder. Call it before expensive work (such as rendering) whose
     * result would be thrown away.
     *
     * @throws UncheckedIOException saying what is wrong and what to do
     */
    public static void checkWritable(Path target) {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw failure(target, "that is a folder. Give a file name such as " + target.resolve("figure.png")
                    + ".", null);
        }
        Path folder = absolute.getParent();
        if (folder == null) {
            throw failure(target, "that is not a file name. Give one such as figure.png.", null);
        }
        if (!Files.exists(folder)) {
            throw failure(target, "the folder " + folder + " does not exist. Create it first.", null);
        }
        if (!Files.isDirectory(folder)) {
            throw failure(target, folder + " is a file, not a folder. Choose a path inside a folder.", null);
        }
        if (!Files.isWritable(folder)) {
            throw failure(target, "no permission to write in " + folder + ". Choose a folder you can write to.",
                    null);
        }
    }

    /**
     * Writes {@code bytes} to {@code target} atomically, replacing any existing file. The new file gets the default
     * permissions of files the user creates.
     *
     * @throws UncheckedIOException when the file cannot be written, saying why; the target is then unchanged and no
     *                              temporary file is left
     */
    public static void writeAtomically(Path target, byte[] bytes) {
        checkWritable(target);
        Path absolute = target.toAbsolutePath();
        // Not createTempFile: its owner-only permissions would end up on the saved file.
        Path temp = absolute.resolveSibling("." + stem(absolute.getFileName().toString()) + "."
                + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE) + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                // On disk before the rename, so a crash cannot leave an empty file where the old one was.
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            throw failure(target, reason(e), e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    private static UncheckedIOException failure(Path target, String reason, IOException fileSystemSaid) {
        return new UncheckedIOException("Cannot write " + target + ": " + reason,
                new IOException(reason, fileSystemSaid));
    }

    private static String reason(IOException e) {
        if (e instanceof ClosedByInterruptException) {
            return "the write was interrupted; the file was left as it was. Run it again to write it.";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied. Choose a folder you can write to.";
        }
        if (e instanceof NoSuchFileException) {
            return "its folder disappeared while writing. Check the folder and try again.";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return "the file system refused it (" + fs.getReason() + ").";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The start of {@code name}, at most {@link #MAX_TEMP_STEM_BYTES} in UTF-8, never splitting a character. */
    private static String stem(String name) {
        int end = 0;
        int bytes = 0;
        while (end < name.length()) {
            int codePoint = name.codePointAt(end);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_TEMP_STEM_BYTES) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return name.substring(0, end);
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // The write's own failure is the one worth reporting.
        }
    }
}
