package io.easel.display;

import io.easel.plot.FigureErrorKind;
import io.easel.rendermanager.RenderFailedException;
import io.easel.rendermanager.RendererManager;
import io.easel.rendermanager.RendererSettings;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** %renderer against a real RendererManager; none of these needs a working renderer process. */
class RendererMagicTest {

    @TempDir
    Path dir;

    private RendererManager manager;

    private RendererMagic magic(RendererSettings settings) {
        manager = new RendererManager(settings.toBuilder().logFile(dir.resolve("renderer.log")).build());
        return new RendererMagic(() -> manager);
    }

    @AfterEach
    void close() {
        if (manager != null) {
            manager.close();
        }
        assertEquals(0, ProcessHandle.current().descendants().count(), "no process is left behind");
    }

    @Test
    void statusOfARendererNotStartedYet() throws Exception {
        RendererMagic magic = magic(RendererSettings.defaults());
        String out = FiguresMagicTest.captureOut(() -> magic.eval(null, List.of("status")));
        assertTrue(out.startsWith("Renderer not started: pid=0 "), out);
        assertTrue(out.contains("log=" + dir.resolve("renderer.log")), out);
        assertEquals(out, FiguresMagicTest.captureOut(() -> magic.eval(null, List.of())), "status is the default");
    }

    @Test
    void logShowsTheLastLines() throws Exception {
        RendererMagic magic = magic(RendererSettings.defaults());
        String missing = FiguresMagicTest.captureOut(() -> magic.eval(null, List.of("log")));
        assertTrue(missing.contains("no log yet"), missing);

        Files.writeString(dir.resolve("renderer.log"), IntStream.rangeClosed(1, 100).mapToObj(i -> "entry " + i)
                .collect(Collectors.joining("\n", "", "\n")));
        String defaultTail = FiguresMagicTest.captureOut(() -> magic.eval(null, List.of("log")));
        assertTrue(defaultTail.startsWith("Last 40 lines of "), defaultTail);
        assertTrue(defaultTail.contains("\nentry 61\n") && defaultTail.endsWith("entry 100\n"), defaultTail);
        assertTrue(!defaultTail.contains("entry 60\n"), defaultTail);
        String three = FiguresMagicTest.captureOut(() -> magic.eval(null, List.of("log", "3")));
        assertTrue(three.endsWith("entry 98\nentry 99\nentry 100\n") && three.startsWith("Last 3 lines"), three);
    }

    @Test
    void stoppingWhatIsNotRunningSaysSo() throws Exception {
        RendererMagic magic = magic(RendererSettings.defaults());
        String out = FiguresMagicTest.captureOut(() -> magic.eval(null, List.of("stop")));
        assertEquals("The renderer was not running.", out.strip());
    }

    @Test
    void mistakesListTheCommands() {
        RendererMagic magic = magic(RendererSettings.defaults());
        assertTrue(assertThrows(ParameterException.class, () -> magic.eval(null, List.of("reboot")))
                .getMessage().contains("status, restart, stop or log, not 'reboot'"));
        assertTrue(assertThrows(ParameterException.class, () -> magic.eval(null, List.of("status", "now")))
                .getMessage().contains("%renderer status takes no arguments"));
        assertTrue(assertThrows(ParameterException.class, () -> magic.eval(null, List.of("log", "-2")))
                .getMessage().contains("positive number"));
        assertEquals(List.of("2"), assertThrows(UnmatchedArgumentException.class,
                () -> magic.eval(null, List.of("log", "1", "2"))).getUnmatched());
    }

    @Test
    void commandsInAnyCase() throws Exception {
        RendererMagic magic = magic(RendererSettings.defaults());
        assertTrue(FiguresMagicTest.captureOut(() -> magic.eval(null, List.of("STATUS"))).startsWith("Renderer "));
    }

    @Test
    void aRestartThatCannotStartTheRendererSaysWhy() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("no-jars"));
        RendererMagic magic = magic(RendererSettings.builder().classpath(empty + "/*").build());
        RenderFailedException e = assertThrows(RenderFailedException.class, () -> magic.eval(null, List.of("restart")));
        assertEquals(FigureErrorKind.START_FAILED, e.kind());
        String status = FiguresMagicTest.captureOut(() -> magic.eval(null, List.of("status")));
        assertTrue(status.startsWith("Renderer failed: pid=0"), status);
        assertTrue(ManagedImageSource.message(e).contains("%renderer log"), ManagedImageSource.message(e));
    }
}
