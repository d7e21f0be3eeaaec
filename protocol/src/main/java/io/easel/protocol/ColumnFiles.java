package io.easel.protocol;

import io.easel.plot.FigureErrorKind;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request's big columns beside the socket: written to a file in a directory private to the user, which the
 * manager made and gave the renderer at launch, and named in the request's signed content with their lengths and
 * SHA-256. The file's name is the request's id, so a request cannot point anywhere else.
 *
 * <p>Why: the socket is ZeroMQ CURVE, whose pure-Java cipher (jnacl, under JeroMQ) moves about 20 MB a second here;
 * a 100,000-point scatter's 1.6 MB of columns spent as long being encrypted and decrypted as being drawn, a
 * million points more than a second. A file in the page cache costs a write, a read and two SHA-256 passes.
 *
 * <p>What the renderer checks before a byte is used: the id makes a plain file name, the file is a regular file
 * (not a link) of exactly the declared size, within the frame limit per column, and its SHA-256 is the one the
 * signed content names, so nobody but the key's holder chooses what the renderer reads. It deletes the file once
 * read; the manager deletes it again when the request ends, whatever became of it.
 */
public final class ColumnFiles {
    /** Columns smaller than this in all travel as frames: below it CURVE costs less than the file's round trip. */
    public static final long MIN_BYTES = 256 * 1024;
    /** The request content's entry naming the file. */
    static final String CONTENT_KEY = "column_file";
    private static final Pattern FILE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final String SUFFIX = ".f64";
    private static final int MAX_COLUMNS = 100_000;
    private static final String DIRECTORY_PREFIX = "easel-columns-";
    private static final Pattern OWNER = Pattern.compile("easel-columns-(\\d{1,18})-\\d+");

    private final Path directory;
    private final AtomicLong written = new AtomicLong();

    /** @param directory an existing directory only this user can open (the manager makes it 0700) */
    public ColumnFiles(Path directory) {
        this.directory = directory;
    }

    /**
     * A new private directory (0700) for a manager's requests, in the system's temporary directory, named after
     * this process so that {@link #sweepAbandoned()} can tell when its owner is gone.
     */
    public static ColumnFiles inNewPrivateDirectory() throws IOException {
        return new ColumnFiles(Files.createTempDirectory(DIRECTORY_PREFIX + ProcessHandle.current().pid() + "-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))));
    }

    /**
     * Removes the column directories of managers that died without closing (a kernel killed with -9), as far as
     * this user may: those of live processes, and other users' (which this user cannot open), are left alone.
     */
    public static void sweepAbandoned() {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        try (var entries = Files.newDirectoryStream(temp, DIRECTORY_PREFIX + "*")) {
            for (Path entry : entries) {
                Matcher owner = OWNER.matcher(entry.getFileName().toString());
                if (owner.matches() && ProcessHandle.of(Long.parseLong(owner.group(1))).isEmpty()
                        && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) && Files.isWritable(entry)) {
                    new ColumnFiles(entry).deleteAll();
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // a sweep that cannot look leaves the leftovers for the next one
        }
    }

    public Path directory() {
        return directory;
    }

    /** How many requests' columns this side has written to files. */
    public long filesWritten() {
        return written.get();
    }

    /** Whether columns of this many bytes in all go by file. */
    static boolean worthIt(long bytes) {
        return bytes >= MIN_BYTES;
    }

    private Path file(String requestId) throws ProtocolException {
        if (!FILE_ID.matcher(requestId).matches()) {
            throw new ProtocolException(FigureErrorKind.BAD_REQUEST, "A request whose columns come by file needs an"
                    + " id of letters, digits, '-' and '_' (at most 64); got '" + abbreviate(requestId) + "'.");
        }
        return directory.resolve(requestId + SUFFIX);
    }

    /** Writes the columns into the request's file (readable by this user only); the content entry that names it. */
    Map<String, Object> write(String requestId, List<double[]> columns) throws ProtocolException {
        Path path = file(requestId);
        MessageDigest sha = sha256();
        List<Integer> lengths = new ArrayList<>(columns.size());
        try (SeekableByteChannel out = Files.newByteChannel(path,
                Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
            for (double[] column : columns) {
                ByteBuffer bytes = ByteBuffer.allocate(column.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
                bytes.asDoubleBuffer().put(column);
                sha.update(bytes.array());
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                lengths.add(column.length);
            }
        } catch (IOException e) {
            delete(path);
            throw new ProtocolException(FigureErrorKind.INTERNAL, "Could not write the figure's columns to " + path
                    + ": " + e.getMessage() + ". Check the free space of the temporary directory.", e);
        }
        written.incrementAndGet();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("sha256", HexFormat.of().formatHex(sha.digest()));
        entry.put("lengths", lengths);
        return entry;
    }

    /**
     * Reads the request's file as the frames it stands for (one per column), after every check in the class
     * comment, and deletes it.
     */
    List<byte[]> take(String requestId, Object entry, long maxFrameBytes) throws ProtocolException {
        Path path = file(requestId);
        try {
            if (!(entry instanceof Map<?, ?> map) || !(map.get("sha256") instanceof String sha)
                    || !(map.get("lengths") instanceof List<?> lengths) || lengths.size() > MAX_COLUMNS) {
                throw bad("its column_file entry lacks sha256 or lengths");
            }
            long total = 0;
            List<Integer> sizes = new ArrayList<>(lengths.size());
            for (Object length : lengths) {
                if (!(length instanceof Number n) || n.longValue() < 0
                        || n.longValue() * Double.BYTES > maxFrameBytes) {
                    throw bad("a column length is not a count of at most " + maxFrameBytes / Double.BYTES
                            + " values: " + length);
                }
                sizes.add(n.intValue() * Double.BYTES);
                total += n.longValue() * Double.BYTES;
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                throw bad("its column file is missing (" + e.getMessage() + ")");
            }
            if (!attributes.isRegularFile() || attributes.size() != total) {
                throw bad("its column file is not a plain file of " + total + " bytes");
            }
            MessageDigest digest = sha256();
            List<byte[]> frames = new ArrayList<>(sizes.size());
            try (SeekableByteChannel in = Files.newByteChannel(path, Set.of(StandardOpenOption.READ,
                    LinkOption.NOFOLLOW_LINKS))) {
                for (int size : sizes) {
                    ByteBuffer frame = ByteBuffer.allocate(size);
                    while (frame.hasRemaining()) {
                        if (in.read(frame) < 0) {
                            throw bad("its column file ended early");
                        }
                    }
                    digest.update(frame.array());
                    frames.add(frame.array());
                }
            } catch (IOException e) {
                throw bad("its column file could not be read (" + e.getMessage() + ")");
            }
            if (!MessageDigest.isEqual(digest.digest(), hex(sha))) {
                throw bad("its column file does not hold the columns the request was signed with");
            }
            return frames;
        } finally {
            delete(path);
        }
    }

    /** Removes the request's file if it is still there (the renderer removes it once read). */
    public void delete(String requestId) {
        if (FILE_ID.matcher(requestId).matches()) {
            delete(directory.resolve(requestId + SUFFIX));
        }
    }

    /** Removes every file left in the directory, then the directory. */
    public void deleteAll() {
        try (var files = Files.list(directory)) {
            files.forEach(ColumnFiles::delete);
        } catch (IOException ignored) {
            // gone already, or never made
        }
        delete(directory);
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // the directory is private and swept at close; a file left behind holds only a figure's numbers
        }
    }

    private static byte[] hex(String sha) throws ProtocolException {
        try {
            byte[] bytes = HexFormat.of().parseHex(sha);
            if (bytes.length == 32) {
                return bytes;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw bad("its column file's sha256 is not 64 hex digits");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static ProtocolException bad(String what) {
        return new ProtocolException(FigureErrorKind.BAD_REQUEST, "The request's columns could not be taken: " + what
                + ".");
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
