package io.easel.rendermanager;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * The renderer's stderr and stdout, plus the manager's notes about launches and exits, appended to one
 * file. A file over {@value #ROTATE_BYTES} bytes is moved aside to {@code .old} when a launch opens it.
 * If the file cannot be written the renderer still runs; only the log is lost.
 */
final class RendererLogFile implements AutoCloseable {
    static final long ROTATE_BYTES = 10L * 1024 * 1024;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final Path path;
    private BufferedWriter writer;

    private RendererLogFile(Path path, BufferedWriter writer) {
        this.path = path;
        this.writer = writer;
    }

    static RendererLogFile open(Path path) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && Files.size(path) > ROTATE_BYTES) {
                Files.move(path, path.resolveSibling(path.getFileName() + ".old"), StandardCopyOption.REPLACE_EXISTING);
            }
            return new RendererLogFile(path,
                    new BufferedWriter(Channels.newWriter(openChannel(path), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            System.getLogger(RendererLogFile.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot write the renderer log " + path + ": " + e.getMessage());
            return new RendererLogFile(path, null);
        }
    }

    /**
     * Owner-only when created, and never through a symbolic link: a link planted at the path would make
     * the kernel write (and create) wherever it points.
     */
    private static WritableByteChannel openChannel(Path path) throws IOException {
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        try {
            return Files.newByteChannel(path, options,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            return Files.newByteChannel(path, options);
        }
    }

    Path path() {
        return path;
    }

    synchronized void line(String text) {
        if (writer == null) {
            return;
        }
        try {
            writer.write(text);
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            writer = null;
        }
    }

    /** A line from the manager itself, marked so it stands apart from the renderer's own output. */
    void note(String text) {
        line(LocalDateTime.now().format(TIME) + " [easel-manager] " + text);
    }

    @Override
    public synchronized void close() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException ignored) {
                // nothing left to report to
            }
            writer = null;
        }
    }
}
