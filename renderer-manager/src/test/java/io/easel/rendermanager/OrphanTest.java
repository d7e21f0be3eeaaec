package io.easel.rendermanager;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The renderer must not outlive the JVM that started it, however that JVM ends. */
class OrphanTest {
    private static Process startProbe(String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A renderer that records a class-data archive writes it while it exits, which on a loaded machine takes
        // longer than the 3 s allowed below whenever the renderer's jars changed; the orphan rules are the same
        // without the archive, so the probe does without it.
        ProcessBuilder builder = new ProcessBuilder(java,
                "-cp", System.getProperty("java.class.path"),
                "-Deasel.renderer.classpath=" + TestRenderer.dist() + "/*",
                "-Deasel.renderer.warmup=false",
                "-Deasel.renderer.heap=256m",
                "-Deasel.renderer.cds=false",
                "-Deasel.renderer.log=" + Path.of("target", "renderer-logs", "orphan-" + mode + ".log").toAbsolutePath(),
                OrphanProbe.class.getName(), mode);
        builder.redirectErrorStream(true);
        return builder.start();
    }

    private static long rendererPid(Process probe) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8));
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = out.readLine()) != null) {
            if (line.startsWith("RENDERER-PID ")) {
                return Long.parseLong(line.substring("RENDERER-PID ".length()).trim());
            }
            seen.append(line).append('\n');
        }
        fail("the probe JVM ended without starting a renderer:\n" + seen);
        return -1;
    }

    @Test
    void killMinus9OfTheOwningJvmLeavesNoRenderer() throws Exception {
        Process probe = startProbe("wait");
        try {
            long renderer = rendererPid(probe);
            assertTrue(TestRenderer.isAlive(renderer));
            assertEquals(List.of(renderer), ProcessHandle.of(probe.pid()).orElseThrow().children()
                    .map(ProcessHandle::pid).toList(), "the renderer is the probe's child");
            probe.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertTrue(probe.waitFor(10, TimeUnit.SECONDS));
            assertEquals(137, probe.exitValue());
            assertTrue(TestRenderer.awaitGone(renderer, Duration.ofSeconds(3)),
                    "renderer " + renderer + " outlived its kill -9'd parent by more than 3 s");
        } finally {
            probe.destroyForcibly();
        }
    }

    @Test
    void normalExitOfTheOwningJvmStopsTheSharedRenderer() throws Exception {
        Process probe = startProbe("exit");
        try {
            long renderer = rendererPid(probe);
            assertTrue(probe.waitFor(30, TimeUnit.SECONDS), "the probe did not exit");
            assertEquals(0, probe.exitValue());
            assertTrue(TestRenderer.awaitGone(renderer, Duration.ofSeconds(3)),
                    "renderer " + renderer + " outlived its parent's exit");
        } finally {
            probe.destroyForcibly();
        }
    }
}
