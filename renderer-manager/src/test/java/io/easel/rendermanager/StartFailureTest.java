package io.easel.rendermanager;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class StartFailureTest {
    private static final List<OutputRequest> PNG = List.of(OutputRequest.of(Format.PNG));

    @Test
    void rendererThatDiesAtStartGivesOneClearErrorAndNoLaunchLoop() {
        RendererSettings settings = TestRenderer.settings("dies-at-start")
                .toBuilder().jvmOptions(List.of("-XX:+NoSuchEaselOption"))
                .restartBackoff(Duration.ofMinutes(5), Duration.ofMinutes(10)).build();
        try (RendererManager manager = new RendererManager(settings)) {
            RenderFailedException first = assertThrows(RenderFailedException.class,
                    () -> manager.renderBlocking(TestRenderer.lineSpec(5, "x"), 100, 100, PNG));
            assertEquals(FigureErrorKind.START_FAILED, first.kind());
            assertTrue(first.getMessage().contains("exited with code 1"), first.getMessage());
            assertTrue(first.getMessage().contains("NoSuchEaselOption"), "quotes the JVM's complaint: " + first.getMessage());
            assertTrue(first.getMessage().contains("easel.renderer.jvmOptions"), first.getMessage());
            assertEquals("failed", manager.status().state());
            assertEquals(1, manager.status().launches());

            for (int i = 0; i < 5; i++) {
                RenderFailedException again = assertThrows(RenderFailedException.class,
                        () -> manager.renderBlocking(TestRenderer.lineSpec(5, "x"), 100, 100, PNG));
                assertEquals(FigureErrorKind.START_FAILED, again.kind());
                assertTrue(again.getMessage().contains("NoSuchEaselOption"), again.getMessage());
                assertTrue(again.getMessage().contains("tries again in"), again.getMessage());
            }
            assertEquals(1, manager.status().launches(), "no new launch while backing off");
            assertEquals(List.of(), TestRenderer.childRenderers());
        }
    }

    @Test
    void afterTheBackoffTheNextRequestTriesAgain() throws Exception {
        RendererSettings settings = TestRenderer.settings("backoff")
                .toBuilder().jvmOptions(List.of("-XX:+NoSuchEaselOption"))
                .restartBackoff(Duration.ofMillis(200), Duration.ofSeconds(1)).build();
        try (RendererManager manager = new RendererManager(settings)) {
            assertThrows(RenderFailedException.class, () -> manager.renderBlocking(Map.of(), 100, 100, PNG));
            Thread.sleep(400);
            assertThrows(RenderFailedException.class, () -> manager.renderBlocking(Map.of(), 100, 100, PNG));
            assertEquals(2, manager.status().launches());
        }
    }

    @Test
    void emptyClasspathFolderIsNamedInTheError(@TempDir Path empty) {
        RendererSettings settings = TestRenderer.settings("empty-cp").toBuilder().classpath(empty + "/*").build();
        try (RendererManager manager = new RendererManager(settings)) {
            RenderFailedException e = assertThrows(RenderFailedException.class,
                    () -> manager.renderBlocking(Map.of(), 100, 100, PNG));
            assertEquals(FigureErrorKind.START_FAILED, e.kind());
            assertTrue(e.getMessage().contains(empty.toString()) && e.getMessage().contains("has no jar files"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("mvn -pl renderer package"), e.getMessage());
        }
    }

    @Test
    void classpathWithoutTheRendererFailsAtStartWithAHint(@TempDir Path folder) throws Exception {
        Path jar = folder.resolve("unrelated.jar");
        try (var out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.zip.ZipEntry("README.txt"));
            out.write("not the renderer".getBytes());
        }
        RendererSettings settings = TestRenderer.settings("wrong-cp").toBuilder().classpath(folder + "/*").build();
        try (RendererManager manager = new RendererManager(settings)) {
            RenderFailedException e = assertThrows(RenderFailedException.class,
                    () -> manager.renderBlocking(Map.of(), 100, 100, PNG));
            assertEquals(FigureErrorKind.START_FAILED, e.kind());
            assertTrue(e.getMessage().contains("Could not find or load main class"), e.getMessage());
            assertTrue(e.getMessage().contains("easel.renderer.classpath"), e.getMessage());
        }
    }

    @Test
    void unsetClasspathSaysHowToSetIt() {
        try (RendererManager manager = new RendererManager(TestRenderer.settings("unset").toBuilder()
                .classpath(null).build())) {
            RenderFailedException e = assertThrows(RenderFailedException.class,
                    () -> manager.renderBlocking(Map.of(), 100, 100, PNG));
            assertEquals(FigureErrorKind.START_FAILED, e.kind());
            assertTrue(e.getMessage().contains("not set"), e.getMessage());
            assertTrue(e.getMessage().contains("EASEL_RENDERER_CLASSPATH"), e.getMessage());
        }
    }

    @Test
    void missingJavaBinaryIsNamed() {
        RendererSettings settings = TestRenderer.settings("no-java").toBuilder()
                .javaBinary(Path.of("/no/such/java")).build();
        try (RendererManager manager = new RendererManager(settings)) {
            RenderFailedException e = assertThrows(RenderFailedException.class,
                    () -> manager.renderBlocking(Map.of(), 100, 100, PNG));
            assertTrue(e.getMessage().contains("/no/such/java"), e.getMessage());
            assertTrue(e.getMessage().contains("easel.renderer.java"), e.getMessage());
        }
    }

    @Test
    void closedManagerRefusesWork() {
        RendererManager manager = new RendererManager(TestRenderer.settings("closed"));
        manager.close();
        RenderFailedException e = assertThrows(RenderFailedException.class,
                () -> manager.renderBlocking(Map.of(), 100, 100, PNG));
        assertEquals(FigureErrorKind.CLOSED, e.kind());
        assertEquals(FigureErrorKind.CLOSED,
                assertThrows(RenderFailedException.class, manager::prestart).kind());
    }
}
