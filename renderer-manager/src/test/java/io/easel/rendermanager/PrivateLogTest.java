package io.easel.rendermanager;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The renderer log's folder and file, with real renderers and real files. */
class PrivateLogTest {
    @TempDir
    Path cache;

    private RendererSettings settings() {
        return TestRenderer.settings("unused").toBuilder().logFile(null).warmup(false).classDataSharing(false)
                .cacheDir(cache).build();
    }

    private static void renderOnce(RendererManager manager) {
        assertEquals(1, manager.renderBlocking(TestRenderer.lineSpec(10, "log"), 100, 100,
                List.of(OutputRequest.of(Format.SVG))).size());
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void theDefaultLogIsOwnerOnlyInAnOwnerOnlyFolderAndGoneAfterACleanClose() throws Exception {
        Path log;
        try (RendererManager manager = new RendererManager(settings())) {
            renderOnce(manager);
            log = manager.logFile();
            assertEquals(cache.resolve("logs"), log.getParent());
            assertEquals("rwx------", mode(log.getParent()));
            assertEquals("rw-------", mode(log));
            assertTrue(Files.readString(log).contains("listening on 127.0.0.1"));
        }
        assertFalse(Files.exists(log), "a clean session leaves no log behind");
    }

    @Test
    void aLogIsKeptWhenSomethingFailedSoItsPointerInTheErrorStillLeadsSomewhere() throws Exception {
        Path log;
        try (RendererManager manager = new RendererManager(settings())) {
            assertThrows(RenderFailedException.class, () -> manager.renderBlocking(java.util.Map.of("kind", "nonsense"),
                    100, 100, List.of(OutputRequest.of(Format.SVG))));
            log = manager.logFile();
        }
        assertTrue(Files.exists(log));
    }

    @Test
    void anEmptyLogIsRemovedEvenAfterAFailedStart() throws Exception {
        Path noJars = Files.createDirectory(cache.resolve("no-jars"));
        Path log;
        try (RendererManager manager = new RendererManager(settings().toBuilder().classpath(noJars + "/*").build())) {
            RenderFailedException e = assertThrows(RenderFailedException.class, () -> renderOnce(manager));
            assertEquals(FigureErrorKind.START_FAILED, e.kind());
            log = manager.logFile();
            assertEquals(0, Files.size(log), "the launch failed before anything was logged");
        }
        assertFalse(Files.exists(log), "nothing was logged, so nothing is kept");
    }

    @Test
    void aSymlinkPlantedAsTheLogFolderIsNotFollowed() throws Exception {
        Path elsewhere = Files.createDirectory(cache.resolve("attacker"));
        Files.createSymbolicLink(cache.resolve("logs"), elsewhere);
        try (RendererManager manager = new RendererManager(settings())) {
            renderOnce(manager);
            Path log = manager.logFile();
            assertFalse(log.startsWith(cache), "the log went somewhere else: " + log);
            assertEquals("rwx------", mode(log.getParent()));
            assertEquals("rw-------", mode(log));
            assertTrue(Files.readString(log).contains("listening on 127.0.0.1"));
        }
        try (var files = Files.list(elsewhere)) {
            assertEquals(List.of(), files.toList(), "nothing was written through the link");
        }
    }

    @Test
    void anExistingFolderOpenToOthersIsClosedToThem() throws Exception {
        Path logs = Files.createDirectory(cache.resolve("logs"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("rwxrwxrwx"));
        try (RendererManager manager = new RendererManager(settings())) {
            assertEquals("rwx------", mode(logs));
            renderOnce(manager);
        }
    }

    @Test
    void aSymlinkPlantedAtAConfiguredLogPathIsNotFollowed() throws Exception {
        Path target = Files.writeString(cache.resolve("victim.txt"), "untouched");
        Path link = Files.createSymbolicLink(cache.resolve("renderer.log"), target);
        try (RendererManager manager = new RendererManager(settings().toBuilder().logFile(link).build())) {
            renderOnce(manager);
        }
        assertEquals("untouched", Files.readString(target));
    }

    @Test
    void logsOfGoneProcessesArePrunedOnceADayOldAndOthersKept() throws Exception {
        Path logs = Files.createDirectories(cache.resolve("logs"));
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path old = Files.writeString(logs.resolve("renderer-" + gone.pid() + ".log"), "old");
        Path oldRotated = Files.writeString(logs.resolve("renderer-" + gone.pid() + "-2.log.old"), "old");
        Path recent = Files.writeString(logs.resolve("renderer-" + gone.pid() + "-3.log"), "recent");
        Path running = Files.writeString(logs.resolve("renderer-" + ProcessHandle.current().pid() + "-9.log"), "mine");
        Path other = Files.writeString(logs.resolve("notes.txt"), "not a log");
        FileTime twoDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
        for (Path p : List.of(old, oldRotated, running, other)) {
            Files.setLastModifiedTime(p, twoDaysAgo);
        }
        try (RendererManager manager = new RendererManager(settings())) {
            assertFalse(Files.exists(old));
            assertFalse(Files.exists(oldRotated));
            assertTrue(Files.exists(recent), "a recent log of a dead kernel may still be wanted");
            assertTrue(Files.exists(running), "the log of a running process is never pruned");
            assertTrue(Files.exists(other));
        }
    }
}
