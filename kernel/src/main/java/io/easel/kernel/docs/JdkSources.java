package io.easel.kernel.docs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JDK's own sources, from its {@code lib/src.zip} when the JDK has one (Debian's openjdk-17-source package
 * brings it; without it, JDK classes are documented by their signatures alone). The zip is opened on the first
 * look-up, not at kernel start, and stays open: it is read in place, never unpacked.
 */
final class JdkSources implements SourceFiles {

    private static final Logger LOG = LoggerFactory.getLogger(JdkSources.class);

    private final Path zip;
    private final Map<String, Optional<Path>> moduleOfPackage = new ConcurrentHashMap<>();
    private FileSystem files;
    private boolean unusable;
    private List<Path> modules;

    JdkSources(Path zip) {
        this.zip = zip;
    }

    /** The src.zip of the JDK this kernel runs on, where it normally is. */
    static JdkSources ofRunningJdk() {
        return new JdkSources(Path.of(System.getProperty("java.home"), "lib", "src.zip"));
    }

    /** True when the zip is there to read (a dangling link is not). */
    boolean present() {
        return Files.isReadable(zip);
    }

    @Override
    public Optional<String> read(String path) {
        // also a dangling link, as Debian leaves one without the source package
        if (!Files.isReadable(zip) || fileSystem() == null) {
            return Optional.empty();
        }
        int slash = path.lastIndexOf('/');
        String pkg = slash < 0 ? "" : path.substring(0, slash);
        Optional<Path> root = moduleOfPackage.computeIfAbsent(pkg, this::locate);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Path entry = root.get().resolve(path);
        try {
            return Files.isRegularFile(entry) ? Optional.of(Files.readString(entry, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + entry + " from " + zip, e);
        }
    }

    /**
     * The folder of the zip that holds a package: JDK 9 and later put each module in one
     * ({@code java.base/java/lang/String.java}), older ones none.
     */
    private synchronized Optional<Path> locate(String pkg) {
        Path top = fileSystem().getPath("/");
        if (!pkg.isEmpty() && Files.isDirectory(top.resolve(pkg))) {
            return Optional.of(top);
        }
        for (Path module : modules) {
            if (Files.isDirectory(module.resolve(pkg))) {
                return Optional.of(module);
            }
        }
        return Optional.empty();
    }

    /** The zip, opened once; null when it cannot be opened (not a zip, cut short), which is logged once. */
    private synchronized FileSystem fileSystem() {
        if (files == null && !unusable) {
            try {
                files = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of());
                List<Path> found = new ArrayList<>();
                try (DirectoryStream<Path> top = Files.newDirectoryStream(files.getPath("/"))) {
                    top.forEach(p -> {
                        if (Files.isDirectory(p)) {
                            found.add(p);
                        }
                    });
                }
                this.modules = found;
            } catch (IOException | RuntimeException e) {
                unusable = true;
                files = null;
                LOG.warn("The JDK's sources {} cannot be read ({}): JDK classes are shown with their signatures only."
                        + " Reinstall the JDK's source package (Debian: openjdk-17-source) to get their Javadoc.", zip,
                        e.toString());
            }
        }
        return files;
    }
}
