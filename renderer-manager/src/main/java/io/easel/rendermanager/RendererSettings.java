package io.easel.rendermanager;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * How the renderer process is launched and supervised. {@link #fromEnvironment()} reads each setting from
 * a system property or, failing that, an environment variable (see {@link Setting}).
 *
 * @param javaBinary      the java executable for the renderer (default: this JVM's)
 * @param classpath       the renderer's classpath, a path list whose entries may end in {@code /*}; null when unset
 * @param heap            the renderer's -Xmx, e.g. {@code 1g}
 * @param jvmOptions      extra JVM options for the renderer
 * @param workers         renders run at once inside the renderer; 0 lets the renderer choose
 * @param requestTimeout  how long one render may take; after that (plus a grace period) a silent renderer is killed
 * @param startTimeout    how long a launch may take to report ready
 * @param idleTimeout     stop the renderer after this long without requests; zero keeps it running
 * @param prestart        start the renderer as soon as the shared manager exists
 * @param warmup          let the renderer render a tiny figure right after start
 * @param logFile         where the renderer's stderr goes; null picks one in the private folder {@code <cacheDir>/logs}
 * @param restartBackoff  first delay after a failed start before another start is tried
 * @param maxRestartBackoff the delay's upper bound
 * @param classDataSharing keep a class-data-sharing archive of the renderer's classes for faster starts
 * @param cacheDir        where that archive lives
 */
public record RendererSettings(Path javaBinary, String classpath, String heap, List<String> jvmOptions, int workers,
                               Duration requestTimeout, Duration startTimeout, Duration idleTimeout, boolean prestart,
                               boolean warmup, Path logFile, Duration restartBackoff, Duration maxRestartBackoff,
                               boolean classDataSharing, Path cacheDir) {

    private static final Pattern HEAP = Pattern.compile("\\d+[kKmMgG]?");

    /** Each setting's system property and environment variable. */
    public enum Setting {
        JAVA("easel.renderer.java", "java executable for the renderer (default: the current JVM's)"),
        CLASSPATH("easel.renderer.classpath", "renderer classpath; entries ending in /* are jar folders"),
        HEAP("easel.renderer.heap", "renderer -Xmx, e.g. 1g (default 1g)"),
        JVM_OPTIONS("easel.renderer.jvmOptions", "extra JVM options for the renderer, space-separated"),
        WORKERS("easel.renderer.workers", "renders at once inside the renderer (default 2-4 by CPU count)"),
        TIMEOUT("easel.renderer.timeout", "per-figure timeout, e.g. 30s (default 30s)"),
        START_TIMEOUT("easel.renderer.startTimeout", "how long a start may take, e.g. 60s (default 60s)"),
        IDLE_TIMEOUT("easel.renderer.idleTimeout", "stop the renderer after this idle time, e.g. 10m (default 0: never)"),
        PRESTART("easel.renderer.prestart", "start the renderer with the kernel: true/false (default false)"),
        WARMUP("easel.renderer.warmup", "render a tiny figure after start: true/false (default true)"),
        LOG("easel.renderer.log", "log file for the renderer's stderr (default: a private folder, <cacheDir>/logs)"),
        CDS("easel.renderer.cds", "keep a class-data-sharing archive for faster starts: true/false (default true)"),
        CACHE_DIR("easel.renderer.cacheDir", "folder for that archive (default: $XDG_CACHE_HOME/easel or ~/.cache/easel)");

        private final String property;
        private final String description;

        Setting(String property, String description) {
            this.property = property;
            this.description = description;
        }

        public String property() {
            return property;
        }

        /** EASEL_RENDERER_ plus the name in upper snake case, e.g. EASEL_RENDERER_IDLE_TIMEOUT. */
        public String environmentVariable() {
            return "EASEL_RENDERER_" + name();
        }

        public String description() {
            return description;
        }
    }

    public RendererSettings {
        Objects.requireNonNull(javaBinary, "javaBinary");
        Objects.requireNonNull(heap, "heap");
        if (!HEAP.matcher(heap).matches()) {
            throw new IllegalArgumentException("The renderer heap (" + Setting.HEAP.property() + " / "
                    + Setting.HEAP.environmentVariable() + ") must look like 512m or 2g, got '" + heap + "'.");
        }
        jvmOptions = List.copyOf(jvmOptions);
        if (workers < 0) {
            throw new IllegalArgumentException("workers must not be negative, got " + workers);
        }
        requirePositive("requestTimeout", requestTimeout);
        requirePositive("startTimeout", startTimeout);
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (idleTimeout.isNegative()) {
            throw new IllegalArgumentException("idleTimeout must not be negative");
        }
        requirePositive("restartBackoff", restartBackoff);
        requirePositive("maxRestartBackoff", maxRestartBackoff);
        Objects.requireNonNull(cacheDir, "cacheDir");
    }

    private static void requirePositive(String name, Duration d) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
    }

    public static RendererSettings defaults() {
        return new RendererSettings(currentJava(), null, "1g", List.of(), 0, Duration.ofSeconds(30),
                Duration.ofSeconds(60), Duration.ZERO, false, true, null, Duration.ofSeconds(1),
                Duration.ofSeconds(30), true, defaultCacheDir(System.getenv()));
    }

    static Path defaultCacheDir(Map<String, String> environment) {
        String xdg = environment.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("easel");
    }

    /** Settings from system properties, then environment variables, then defaults. */
    public static RendererSettings fromEnvironment() {
        return fromEnvironment(System.getProperties(), System.getenv());
    }

    public static RendererSettings fromEnvironment(Properties properties, Map<String, String> environment) {
        RendererSettings d = defaults();
        Lookup in = new Lookup(properties, environment);
        return new RendererSettings(
                in.text(Setting.JAVA).map(Path::of).orElse(d.javaBinary),
                in.text(Setting.CLASSPATH).orElse(null),
                in.text(Setting.HEAP).orElse(d.heap),
                in.text(Setting.JVM_OPTIONS).map(s -> Arrays.asList(s.trim().split("\\s+"))).orElse(d.jvmOptions),
                in.integer(Setting.WORKERS).orElse(d.workers),
                in.duration(Setting.TIMEOUT).orElse(d.requestTimeout),
                in.duration(Setting.START_TIMEOUT).orElse(d.startTimeout),
                in.duration(Setting.IDLE_TIMEOUT).orElse(d.idleTimeout),
                in.bool(Setting.PRESTART).orElse(d.prestart),
                in.bool(Setting.WARMUP).orElse(d.warmup),
                in.text(Setting.LOG).map(Path::of).orElse(null),
                d.restartBackoff, d.maxRestartBackoff,
                in.bool(Setting.CDS).orElse(d.classDataSharing),
                in.text(Setting.CACHE_DIR).map(Path::of).orElse(defaultCacheDir(environment)));
    }

    /** The java executable of the running JVM, so the renderer runs on the same Java as its user. */
    static Path currentJava() {
        Path home = Path.of(System.getProperty("java.home"), "bin", "java");
        return ProcessHandle.current().info().command().map(Path::of)
                .filter(p -> p.getFileName() != null && p.getFileName().toString().startsWith("java"))
                .filter(Files::isExecutable)
                .orElse(home);
    }

    public RendererSettings withJavaBinary(Path java) {
        return new RendererSettings(java, classpath, heap, jvmOptions, workers, requestTimeout, startTimeout,
                idleTimeout, prestart, warmup, logFile, restartBackoff, maxRestartBackoff, classDataSharing, cacheDir);
    }

    public RendererSettings withClasspath(String classpath) {
        return new RendererSettings(javaBinary, classpath, heap, jvmOptions, workers, requestTimeout, startTimeout,
                idleTimeout, prestart, warmup, logFile, restartBackoff, maxRestartBackoff, classDataSharing, cacheDir);
    }

    public RendererSettings withHeap(String heap) {
        return new RendererSettings(javaBinary, classpath, heap, jvmOptions, workers, requestTimeout, startTimeout,
                idleTimeout, prestart, warmup, logFile, restartBackoff, maxRestartBackoff, classDataSharing, cacheDir);
    }

    public RendererSettings withJvmOptions(List<String> jvmOptions) {
        return new RendererSettings(javaBinary, classpath, heap, jvmOptions, workers, requestTimeout, startTimeout,
                idleTimeout, prestart, warmup, logFile, restartBackoff, maxRestartBackoff, classDataSharing, cacheDir);
    }

    public RendererSettings withWorkers(int workers) {
        return new RendererSettings(javaBinary, classpath, heap, jvmOptions, workers, requestTimeout, startTimeout,
                idleTimeout, prestart, warmup, logFile, restartBackoff, maxRestartBackoff, classDataSharing, cacheDir);
    }

    public RendererSettings withRequestTimeout(Duration requestTimeout) {
        return new RendererSettings(javaBinary, classpath, heap, jvmOptions, workers, requestTimeout, startTimeout,
                idleTimeout, prestart, warmup, logFile, restartBackoff, maxRestartBackoff, classDataSharing, cacheDir);
    }

    public RendererSettings withStartTimeout(Duration startTimeout) {
        return new RendererSettings(javaBinary, classpath, heap, jvmOptions, workers, requestTimeout, startTimeout,
                idleTimeout, prestart, warmup, logFile, restartBackoff, maxRestartBackoff, classDataSharing, cacheDir);
    }

    public RendererSettings withIdleTimeout(Duration idleTimeout) {
        return new RendererSettings(javaBinary, classpath, heap, jvmOptions, workers, requestTimeout, startTimeout,
                idleTimeout, prestart, warmup, logFile, restartBackoff, maxRestartBackoff, classDataSharing, cacheDir);
    }

    public RendererSettings withPrestart(boolean prestart) {
        return new RendererSettings(javaBinary, classpath, heap, jvmOptions, workers, requestTimeout, startTimeout,
                idleTimeout, prestart, warmup, logFile, restartBackoff, maxRestartBackoff, classDataSharing, cacheDir);
    }

    public RendererSettings withWarmup(boolean warmup) {
        return new RendererSettings(javaBinary, classpath, heap, jvmOptions, workers, requestTimeout, startTimeout,
                idleTimeout, prestart, warmup, logFile, restartBackoff, maxRestartBackoff, classDataSharing, cacheDir);
    }

    public RendererSettings withLogFile(Path logFile) {
        return new RendererSettings(javaBinary, classpath, heap, jvmOptions, workers, requestTimeout, startTimeout,
                idleTimeout, prestart, warmup, logFile, restartBackoff, maxRestartBackoff, classDataSharing, cacheDir);
    }

    public RendererSettings withRestartBackoff(Duration initial, Duration max) {
        return new RendererSettings(javaBinary, classpath, heap, jvmOptions, workers, requestTimeout, startTimeout,
                idleTimeout, prestart, warmup, logFile, initial, max, classDataSharing, cacheDir);
    }

    public RendererSettings withClassDataSharing(boolean enabled, Path cacheDir) {
        return new RendererSettings(javaBinary, classpath, heap, jvmOptions, workers, requestTimeout, startTimeout,
                idleTimeout, prestart, warmup, logFile, restartBackoff, maxRestartBackoff, enabled, cacheDir);
    }

    /** Parses "30", "30s", "500ms", "2m", "1h", ISO-8601 "PT30S", or "0"/"off" for zero. */
    static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("off") || t.equals("none") || t.equals("never")) {
            return Duration.ZERO;
        }
        try {
            if (t.startsWith("pt") || t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).trim()));
            }
            char unit = t.charAt(t.length() - 1);
            if (Character.isDigit(unit)) {
                return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
            }
            double amount = Double.parseDouble(t.substring(0, t.length() - 1).trim());
            long millis = switch (unit) {
                case 's' -> Math.round(amount * 1000);
                case 'm' -> Math.round(amount * 60_000);
                case 'h' -> Math.round(amount * 3_600_000);
                default -> throw new NumberFormatException("unit " + unit);
            };
            return Duration.ofMillis(millis);
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; write e.g. 30s, 500ms, 2m or 0 (off).");
        }
    }

    /** Reads one setting from a property or an environment variable and names both in any error. */
    private record Lookup(Properties properties, Map<String, String> environment) {
        java.util.Optional<String> text(Setting s) {
            String value = properties.getProperty(s.property());
            if (value == null || value.isBlank()) {
                value = environment.get(s.environmentVariable());
            }
            return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value.trim());
        }

        java.util.Optional<Integer> integer(Setting s) {
            return text(s).map(v -> {
                try {
                    int n = Integer.parseInt(v);
                    if (n >= 0) {
                        return n;
                    }
                } catch (NumberFormatException ignored) {
                    // reported below
                }
                throw invalid(s, v, "a whole number such as 2");
            });
        }

        java.util.Optional<Duration> duration(Setting s) {
            return text(s).map(v -> {
                try {
                    return parseDuration(v);
                } catch (IllegalArgumentException e) {
                    throw invalid(s, v, "a duration such as 30s, 500ms or 2m");
                }
            });
        }

        java.util.Optional<Boolean> bool(Setting s) {
            return text(s).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on", "1" -> true;
                case "false", "no", "off", "0" -> false;
                default -> throw invalid(s, v, "true or false");
            });
        }

        private static IllegalArgumentException invalid(Setting s, String value, String expected) {
            return new IllegalArgumentException("Renderer setting " + s.property() + " / " + s.environmentVariable()
                    + " is '" + value + "'; it must be " + expected + ".");
        }
    }

    /** The -X/-XX/-D options every launch gets, before the user's own. */
    List<String> baseJvmOptions() {
        List<String> options = new ArrayList<>();
        options.add("-Xmx" + heap);
        options.add("-XX:+ExitOnOutOfMemoryError");
        options.add("-XX:+UseSerialGC");
        options.add("-XX:-UsePerfData");
        options.add("-Djava.awt.headless=true");
        options.add("-Dfile.encoding=UTF-8");
        // JVM warnings (e.g. about a class-data archive) go to stdout by default, where the handshake lives.
        options.add("-Xlog:disable");
        options.add("-Xlog:all=warning:stderr");
        return options;
    }
}
