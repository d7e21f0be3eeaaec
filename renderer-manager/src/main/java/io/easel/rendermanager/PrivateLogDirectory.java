package io.easel.rendermanager;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where renderer logs go unless {@code easel.renderer.log} names a file: {@code <cacheDir>/logs}
 * (by default ~/.cache/easel/logs), a directory only its owner may enter. Renderer logs quote figure
 * texts and file paths, and the old place, /tmp/easel-renderer-&lt;pid&gt;.log, was world-readable and
 * predictable, so another local user could read it or plant a symlink there for the kernel to write
 * through. A log is removed when its manager closes after a session without failures (or when it is
 * empty); the logs of processes that are gone are pruned once they are a day old.
 */
final class PrivateLogDirectory {
    static final Duration PRUNE_AFTER = Duration.ofDays(1);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final Pattern LOG_NAME = Pattern.compile("renderer-(\\d+)(?:-\\d+)?\\.log(?:\\.old)?");
    private static final String FALLBACK_PREFIX = "easel-renderer-logs-";
    private static final System.Logger LOG = System.getLogger(PrivateLogDirectory.class.getName());

    private PrivateLogDirectory() {
    }

    /**
     * The log path for one manager; creates or checks the directory and prunes old logs in it. When that
     * directory cannot be made private (a link or a folder of another user in its place), the log goes to
     * a fresh owner-only folder with a random name in the temp directory instead.
     */
    static Path newLogFile(Path cacheDir, int instance) {
        String name = "renderer-" + ProcessHandle.current().pid() + (instance == 1 ? "" : "-" + instance) + ".log";
        Path dir = cacheDir.toAbsolutePath().resolve("logs");
        try {
            ensurePrivate(dir);
            prune(dir, Instant.now().minus(PRUNE_AFTER));
            return dir.resolve(name);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, e.getMessage());
        }
        try {
            return Files.createTempDirectory(FALLBACK_PREFIX, PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    .resolve(name);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(System.Logger.Level.WARNING, "no private folder for the renderer log, so there is none: " + e);
            return dir.resolve(name);
        }
    }

    /** Creates the directory owner-only, or checks an existing one: a real directory, ours, then owner-only. */
    static void ensurePrivate(Path dir) throws IOException {
        Path parent = dir.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            // The mode is part of the mkdir call, so the directory is never briefly open to others.
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            return;
        } catch (FileAlreadyExistsException existing) {
            // checked below
        } catch (UnsupportedOperationException notPosix) {
            Files.createDirectories(dir);
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return; // not a POSIX file system: nothing more to check
        }
        PosixFileAttributes attributes = view.readAttributes();
        if (attributes.isSymbolicLink() || !attributes.isDirectory()) {
            throw new IOException("The renderer log folder " + dir + " is " + (attributes.isSymbolicLink()
                    ? "a symbolic link" : "not a folder") + "; Easel will not write logs through it. Remove it, or "
                    + "set " + RendererSettings.Setting.LOG.property() + " to a log file of your own.");
        }
        if (!isOwnedByThisUser(dir, attributes.owner())) {
            throw new IOException("The renderer log folder " + dir + " belongs to " + attributes.owner().getName()
                    + ", not to this user; Easel will not write logs there. Remove it, or set "
                    + RendererSettings.Setting.LOG.property() + " to a log file of your own.");
        }
        if (!attributes.permissions().equals(OWNER_ONLY)) {
            view.setPermissions(OWNER_ONLY);
        }
    }

    private static boolean isOwnedByThisUser(Path dir, UserPrincipal owner) throws IOException {
        Path self = Path.of("/proc/self");
        if (Files.isDirectory(self)) {
            // /proc/self belongs to this process's user: a uid comparison that needs no user-name lookup
            return Files.getAttribute(dir, "unix:uid", LinkOption.NOFOLLOW_LINKS)
                    .equals(Files.getAttribute(self, "unix:uid"));
        }
        return owner.equals(dir.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name")));
    }

    /** Deletes logs of processes that are gone and have not been written for a while. */
    static void prune(Path dir, Instant writtenBefore) throws IOException {
        try (DirectoryStream<Path> logs = Files.newDirectoryStream(dir)) {
            for (Path log : logs) {
                Matcher name = LOG_NAME.matcher(log.getFileName().toString());
                if (!name.matches() || !Files.isRegularFile(log, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                long pid = Long.parseLong(name.group(1));
                FileTime written = Files.getLastModifiedTime(log, LinkOption.NOFOLLOW_LINKS);
                if (written.toInstant().isBefore(writtenBefore) && ProcessHandle.of(pid).isEmpty()) {
                    Files.deleteIfExists(log);
                }
            }
        }
    }

    /**
     * Removes a manager's log (and its rotated copy) once it has closed after a session without failures,
     * or when it is empty; a log with failures in it is kept for the pointer in their messages.
     */
    static void managerClosed(Path log, boolean clean) {
        try {
            if (!clean && Files.isRegularFile(log, LinkOption.NOFOLLOW_LINKS) && Files.size(log) > 0) {
                return;
            }
            Files.deleteIfExists(log);
            Files.deleteIfExists(log.resolveSibling(log.getFileName() + ".old"));
            Path dir = log.getParent();
            if (dir != null && dir.getFileName().toString().startsWith(FALLBACK_PREFIX)) {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not remove the renderer log " + log + ": " + e.getMessage());
        }
    }
}
