package io.easel.rendermanager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/** Settings that point at the packaged renderer, figure specs, and process helpers shared by the tests. */
final class TestRenderer {
    private TestRenderer() {
    }

    /** The renderer's jar folder; fails the test with the command that builds it when it is missing. */
    static Path dist() {
        String configured = System.getProperty("easel.test.renderer.dist", "../renderer/target/dist");
        Path dist = Path.of(configured).toAbsolutePath().normalize();
        try (var jars = Files.list(dist)) {
            if (jars.noneMatch(p -> p.getFileName().toString().startsWith("easel-renderer"))) {
                fail("No easel-renderer jar in " + dist + ". Run `mvn -pl renderer package` first.");
            }
        } catch (IOException e) {
            fail("The renderer is not packaged (" + dist + " is missing). Run `mvn -pl renderer package` first.");
        }
        return dist;
    }

    static RendererSettings settings(String logName) {
        return RendererSettings.defaults()
                .toBuilder().classpath(dist() + "/*")
                .heap("512m")
                .classDataSharing(true).cacheDir(Path.of("target", "easel-cache").toAbsolutePath())
                .logFile(Path.of("target", "renderer-logs", logName + ".log").toAbsolutePath()).build();
    }

    static Map<String, Object> lineSpec(int points, String title) {
        Map<String, Object> spec = rawLineSpec(points, title);
        return spec;
    }

    /** A line with Lets-Plot's own thinning left on (it thins lines above 50,000 points). */
    static Map<String, Object> sampledLineSpec(int points, String title) {
        Map<String, Object> spec = rawLineSpec(points, title);
        @SuppressWarnings("unchecked")
        Map<String, Object> layer = (Map<String, Object>) ((List<?>) spec.get("layers")).get(0);
        layer.remove("sampling");
        return spec;
    }

    private static Map<String, Object> rawLineSpec(int points, String title) {
        double[] x = new double[points];
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = i;
            y[i] = Math.sin(i / 10.0);
        }
        return spec("line", x, y, title);
    }

    static Map<String, Object> scatterSpec(int points, String title) {
        double[] x = new double[points];
        double[] y = new double[points];
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < points; i++) {
            x[i] = random.nextGaussian();
            y[i] = random.nextGaussian();
        }
        return spec("point", x, y, title);
    }

    /**
     * A scatter that keeps the renderer busy for seconds: each point's colour mapped from its x, so Lets-Plot lays
     * out every point and each gets a colour of its own (a plain scatter is a point cloud, drawn in a fraction of a
     * second).
     */
    static Map<String, Object> slowScatterSpec(int points, String title) {
        Map<String, Object> spec = scatterSpec(points, title);
        spec.put("mapping", Map.of("x", "x", "y", "y", "color", "x"));
        return spec;
    }

    private static Map<String, Object> spec(String geom, double[] x, double[] y, String title) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("x", x);
        data.put("y", y);
        Map<String, Object> layer = new LinkedHashMap<>();
        layer.put("geom", geom);
        layer.put("sampling", "none");
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "plot");
        spec.put("data", data);
        spec.put("mapping", Map.of("x", "x", "y", "y"));
        spec.put("layers", List.of(layer));
        spec.put("ggtitle", Map.of("text", title));
        return spec;
    }

    static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Polls until the process is gone; returns false if it is still there at the deadline. */
    static boolean awaitGone(long pid, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!isAlive(pid)) {
                return true;
            }
            Thread.sleep(50);
        }
        return !isAlive(pid);
    }

    /** Sends a signal with the system's kill command, e.g. "STOP", "CONT", "KILL". */
    static void signal(long pid, String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            fail("kill -" + signal + " " + pid + " failed");
        }
    }

    /** Renderer processes (by main class) whose parent is this JVM. */
    static List<Long> childRenderers() {
        List<Long> pids = new ArrayList<>();
        ProcessHandle.current().children().forEach(child -> {
            Optional<String[]> args = child.info().arguments();
            if (args.isPresent() && List.of(args.get()).contains(RendererLauncher.MAIN_CLASS)) {
                pids.add(child.pid());
            }
        });
        return pids;
    }
}
