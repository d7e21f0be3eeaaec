package io.easel.rendermanager;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A class-data-sharing archive of the renderer's classes (Lets-Plot, Kotlin, Jackson, the encoders), which
 * roughly halves the JVM's start. The first launch for a given java and classpath records the archive
 * when the renderer exits normally ({@code -XX:ArchiveClassesAtExit}); later launches map it
 * ({@code -XX:SharedArchiveFile}); the kernel's {@code install.py} makes that first launch in its training run, so
 * users meet a recorded archive. The archive's name is a hash of the java binary, the jars (with their
 * sizes and dates) and the JVM options, so a rebuilt renderer never meets a stale archive. Each launch marks its
 * archive used (its modification time) and prunes the folder by {@link ArchiveRetention}.
 */
final class ClassDataArchive {
    private static final Set<Path> BEING_RECORDED = ConcurrentHashMap.newKeySet();

    private final Path archive;
    private final Path recording;
    private final RendererLogFile log;

    private ClassDataArchive(Path archive, Path recording, RendererLogFile log) {
        this.archive = archive;
        this.recording = recording;
        this.log = log;
    }

    /** The archive for this launch, or null when archives are off or the cache folder is unusable. */
    static ClassDataArchive forLaunch(RendererSettings settings, String classpath, List<String> jvmOptions,
                                      RendererLogFile log) {
        if (!settings.classDataSharing()) {
            return null;
        }
        try {
            Path folder = settings.cacheDir().resolve("cds");
            Files.createDirectories(folder);
            Path archive = folder.resolve("renderer-" + key(settings.javaBinary(), classpath, jvmOptions) + ".jsa");
            prune(folder, archive, log);
            if (Files.isRegularFile(archive) && Files.size(archive) > 0) {
                Files.setLastModifiedTime(archive, FileTime.from(Instant.now()));
                return new ClassDataArchive(archive, null, log);
            }
            if (!BEING_RECORDED.add(archive)) {
                return null; // another launch in this JVM records it right now
            }
            Path recording = folder.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + "-"
                    + System.nanoTime() + ".tmp");
            return new ClassDataArchive(archive, recording, log);
        } catch (IOException | RuntimeException e) {
            log.note("class-data-sharing archive unavailable (" + e.getMessage() + "); starting without one");
            return null;
        }
    }

    /** Failing to prune never stops a launch; it is noted and tried again by the next one. */
    private static void prune(Path folder, Path current, RendererLogFile log) {
        try {
            Set<Path> mapped = MappedFiles.all();
            List<Path> removed = ArchiveRetention.defaults().prune(folder, current, Instant.now(),
                    file -> mapped == null || mapped.contains(file.toAbsolutePath()));
            if (!removed.isEmpty()) {
                log.note("removed " + removed.size() + " class-data-sharing archive(s) no longer used: " + removed);
            }
        } catch (IOException | RuntimeException e) {
            log.note("could not prune the class-data-sharing archives in " + folder + ": " + e.getMessage());
        }
    }

    /** True when this launch records the archive: its exit then takes a moment longer. */
    boolean records() {
        return recording != null;
    }

    List<String> jvmOptions() {
        if (recording != null) {
            return List.of("-XX:ArchiveClassesAtExit=" + recording);
        }
        return List.of("-XX:SharedArchiveFile=" + archive);
    }

    /** Keeps a recording made by a clean exit; drops a partial one. */
    void processExited(int exitCode) {
        if (recording == null) {
            return;
        }
        try {
            if (exitCode == 0 && Files.isRegularFile(recording) && Files.size(recording) > 0) {
                Files.move(recording, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                log.note("recorded class-data-sharing archive " + archive);
            } else {
                Files.deleteIfExists(recording);
            }
        } catch (IOException e) {
            log.note("could not keep the class-data-sharing archive: " + e.getMessage());
        } finally {
            BEING_RECORDED.remove(archive);
        }
    }

    private static String key(Path java, String classpath, List<String> jvmOptions) throws IOException {
        StringBuilder identity = new StringBuilder();
        describe(java.toRealPath(), identity);
        for (Path jar : jars(classpath)) {
            describe(jar, identity);
        }
        identity.append(String.join(" ", jvmOptions));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java 17 runtime has SHA-256", e);
        }
    }

    private static void describe(Path file, StringBuilder identity) throws IOException {
        identity.append(file.toAbsolutePath()).append('|').append(Files.size(file)).append('|')
                .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
    }

    private static List<Path> jars(String classpath) throws IOException {
        List<Path> jars = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (entry.endsWith("/*") || entry.endsWith(File.separator + "*")) {
                List<Path> inFolder = new ArrayList<>();
                try (DirectoryStream<Path> found = Files.newDirectoryStream(Path.of(entry.substring(0, entry.length() - 2)),
                        "*.{jar,JAR}")) {
                    found.forEach(inFolder::add);
                }
                inFolder.sort(null);
                jars.addAll(inFolder);
            } else if (!entry.isBlank()) {
                Path path = Path.of(entry);
                if (Files.isRegularFile(path)) {
                    jars.add(path);
                }
            }
        }
        return jars;
    }
}
