package io.easel.rendermanager;

import io.easel.protocol.RenderRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the renderer process is launched and supervised: plain data, made with {@link #builder()} or changed with
 * {@link #toBuilder()}. {@link RendererSettingsLoader} reads each setting from a system property or, failing that,
 * an environment variable (the names are in {@link Setting}).
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
 * @param recycleAfterRenders replace the renderer with a fresh one once it has served this many figures; 0 never
 * @param recycleRssBytes replace the renderer with a fresh one once its resident memory passes this; 0 never
 */
public record RendererSettings(Path javaBinary, String classpath, String heap, List<String> jvmOptions, int workers,
                               Duration requestTimeout, Duration startTimeout, Duration idleTimeout, boolean prestart,
                               boolean warmup, Path logFile, Duration restartBackoff, Duration maxRestartBackoff,
                               boolean classDataSharing, Path cacheDir, long recycleAfterRenders,
                               long recycleRssBytes) {

    private static final Pattern HEAP = Pattern.compile("\\d+[kKmMgG]?");
    /** Lets-Plot's and the JDK's leaks are slow; a fresh renderer every thousand figures costs one start in idle time. */
    static final long DEFAULT_RECYCLE_AFTER_RENDERS = 1000;
    /** Above a fresh renderer's 100-150 MB and a warm one's 200-300 MB; reached after big figures or a leak. */
    static final long DEFAULT_RECYCLE_RSS_BYTES = 600L * 1024 * 1024;
    private static final long INITIAL_HEAP_BYTES = 32L * 1024 * 1024;

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
        CACHE_DIR("easel.renderer.cacheDir", "folder for that archive (default: $XDG_CACHE_HOME/easel or ~/.cache/easel)"),
        RECYCLE_AFTER("easel.renderer.recycleAfter", "replace the renderer with a fresh one after this many figures,"
                + " between figures (default 1000; 0: never)"),
        RECYCLE_RSS("easel.renderer.recycleRss", "replace the renderer with a fresh one once its resident memory"
                + " passes this, between figures, e.g. 600m (default 600m; 0: never)");

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
        checkHeap(heap);
        jvmOptions = List.copyOf(jvmOptions);
        checkWorkers(workers);
        positive("requestTimeout", requestTimeout);
        positive("startTimeout", startTimeout);
        notNegative("idleTimeout", idleTimeout);
        positive("restartBackoff", restartBackoff);
        positive("maxRestartBackoff", maxRestartBackoff);
        Objects.requireNonNull(cacheDir, "cacheDir");
        notNegative("recycleAfterRenders", recycleAfterRenders);
        notNegative("recycleRssBytes", recycleRssBytes);
    }

    /** True when either recycling mark is set. */
    public boolean recycles() {
        return recycleAfterRenders > 0 || recycleRssBytes > 0;
    }

    /** A size such as 600m, 2g or 0, in bytes; the error names the setting, since the user typed it far from here. */
    static long parseSize(Setting setting, String text) {
        String t = Objects.requireNonNull(text, "text").trim();
        if (!HEAP.matcher(t).matches()) {
            throw new IllegalArgumentException("Renderer setting " + setting.property() + " / "
                    + setting.environmentVariable() + " is '" + text + "'; it must be a size such as 600m or 1g, or 0"
                    + " (off).");
        }
        char unit = Character.toLowerCase(t.charAt(t.length() - 1));
        long amount = Long.parseLong(Character.isDigit(unit) ? t : t.substring(0, t.length() - 1));
        return switch (unit) {
            case 'k' -> amount * 1024;
            case 'm' -> amount * 1024 * 1024;
            case 'g' -> amount * 1024 * 1024 * 1024;
            default -> amount;
        };
    }

    private static long notNegative(String name, long n) {
        if (n < 0) {
            throw new IllegalArgumentException(name + " must not be negative, got " + n);
        }
        return n;
    }

    private static String checkHeap(String heap) {
        if (!HEAP.matcher(Objects.requireNonNull(heap, "heap")).matches()) {
            throw new IllegalArgumentException("The renderer heap (" + Setting.HEAP.property() + " / "
                    + Setting.HEAP.environmentVariable() + ") must look like 512m or 2g, got '" + heap + "'.");
        }
        return heap;
    }

    private static int checkWorkers(int workers) {
        if (workers < 0) {
            throw new IllegalArgumentException("workers must not be negative, got " + workers);
        }
        return workers;
    }

    private static Duration positive(String name, Duration d) {
        if (notNegative(name, d).isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
        return d;
    }

    private static Duration notNegative(String name, Duration d) {
        if (Objects.requireNonNull(d, name).isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, got " + d);
        }
        return d;
    }

    /** Every setting at its default; the renderer's classpath is unset. */
    public static RendererSettings defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings, to change a few of them. */
    public Builder toBuilder() {
        return new Builder().javaBinary(javaBinary).classpath(classpath).heap(heap).jvmOptions(jvmOptions)
                .workers(workers).requestTimeout(requestTimeout).startTimeout(startTimeout).idleTimeout(idleTimeout)
                .prestart(prestart).warmup(warmup).logFile(logFile).restartBackoff(restartBackoff, maxRestartBackoff)
                .classDataSharing(classDataSharing).cacheDir(cacheDir).recycleAfterRenders(recycleAfterRenders)
                .recycleRssBytes(recycleRssBytes);
    }

    /** The cache folder under {@code XDG_CACHE_HOME}, else {@code ~/.cache}. */
    static Path defaultCacheDir(Map<String, String> environment) {
        String xdg = environment.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("easel");
    }

    /** The java executable of the running JVM, so the renderer runs on the same Java as its user. */
    static Path currentJava() {
        Path home = Path.of(System.getProperty("java.home"), "bin", "java");
        return ProcessHandle.current().info().command().map(Path::of)
                .filter(p -> p.getFileName() != null && p.getFileName().toString().startsWith("java"))
                .filter(Files::isExecutable)
                .orElse(home);
    }

    /** Collects settings; {@link #build()} checks them all at once. Starts from the defaults. */
    public static final class Builder {
        private Path javaBinary = currentJava();
        private String classpath;
        private String heap = "1g";
        private List<String> jvmOptions = List.of();
        private int workers;
        private Duration requestTimeout = RenderRequest.DEFAULT_TIMEOUT;
        private Duration startTimeout = Duration.ofSeconds(60);
        private Duration idleTimeout = Duration.ZERO;
        private boolean prestart;
        private boolean warmup = true;
        private Path logFile;
        private Duration restartBackoff = Duration.ofSeconds(1);
        private Duration maxRestartBackoff = Duration.ofSeconds(30);
        private boolean classDataSharing = true;
        private Path cacheDir = defaultCacheDir(System.getenv());
        private long recycleAfterRenders = DEFAULT_RECYCLE_AFTER_RENDERS;
        private long recycleRssBytes = DEFAULT_RECYCLE_RSS_BYTES;

        private Builder() {
        }

        /** The java executable for the renderer; by default this JVM's own, so both run the same Java. */
        public Builder javaBinary(Path javaBinary) {
            this.javaBinary = Objects.requireNonNull(javaBinary, "javaBinary");
            return this;
        }

        /** The renderer's classpath, a path list whose entries may end in {@code /*}; null leaves it unset. */
        public Builder classpath(String classpath) {
            this.classpath = classpath;
            return this;
        }

        /** The renderer's -Xmx, such as {@code 1g} or {@code 512m}. */
        public Builder heap(String heap) {
            this.heap = checkHeap(heap);
            return this;
        }

        /** Extra JVM options, after the ones every launch gets. */
        public Builder jvmOptions(List<String> jvmOptions) {
            this.jvmOptions = List.copyOf(jvmOptions);
            return this;
        }

        /** Renders run at once inside the renderer; 0 lets it choose by CPU count. */
        public Builder workers(int workers) {
            this.workers = checkWorkers(workers);
            return this;
        }

        /** How long one render may take; a renderer silent past it (plus a grace period) is killed. */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = positive("requestTimeout", requestTimeout);
            return this;
        }

        /** Start the renderer as soon as the shared manager exists. */
        public Builder prestart(boolean prestart) {
            this.prestart = prestart;
            return this;
        }

        /** How long a launch may take to report ready. */
        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = positive("startTimeout", startTimeout);
            return this;
        }

        /** Let the renderer render a tiny figure right after start, so the first real one is quick. */
        public Builder warmup(boolean warmup) {
            this.warmup = warmup;
            return this;
        }

        /** Stop the renderer after this long without requests; zero keeps it running. */
        public Builder idleTimeout(Duration idleTimeout) {
            this.idleTimeout = notNegative("idleTimeout", idleTimeout);
            return this;
        }

        /** Where the renderer's stderr goes; null picks a file in the temp directory. */
        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        /** The first delay after a failed start, and the bound it doubles up to. */
        public Builder restartBackoff(Duration initial, Duration max) {
            this.restartBackoff = positive("restartBackoff", initial);
            this.maxRestartBackoff = positive("maxRestartBackoff", max);
            return this;
        }

        /** Keep a class-data-sharing archive of the renderer's classes, for faster starts. */
        public Builder classDataSharing(boolean enabled) {
            this.classDataSharing = enabled;
            return this;
        }

        /** Where that archive lives. */
        public Builder cacheDir(Path cacheDir) {
            this.cacheDir = Objects.requireNonNull(cacheDir, "cacheDir");
            return this;
        }

        /**
         * Replace the renderer with a fresh one, between figures, once it has served this many; 0 never. The fresh one
         * starts while the old one still renders, so no figure waits for it or fails.
         */
        public Builder recycleAfterRenders(long renders) {
            this.recycleAfterRenders = notNegative("recycleAfterRenders", renders);
            return this;
        }

        /** Replace the renderer with a fresh one, between figures, once its resident memory passes this; 0 never. */
        public Builder recycleRssBytes(long bytes) {
            this.recycleRssBytes = notNegative("recycleRssBytes", bytes);
            return this;
        }

        /**
         * Each setter checks its own value, so a mistake fails where it is made; the settings check them all again,
         * as a record can also be made without the builder.
         */
        public RendererSettings build() {
            return new RendererSettings(javaBinary, classpath, heap, jvmOptions, workers, requestTimeout, startTimeout,
                    idleTimeout, prestart, warmup, logFile, restartBackoff, maxRestartBackoff, classDataSharing,
                    cacheDir, recycleAfterRenders, recycleRssBytes);
        }
    }

    /**
     * The -X/-XX/-D options every launch gets, before the user's own. The renderer is an interactive process that
     * sits idle most of its life on a machine it shares: one GC thread, and a heap that starts small (the JVM's
     * default is 1/64 of the RAM, which the young generation then fills), 40-70 % free while drawing, and shrunk to
     * 30 % free by the full collection the renderer runs once it falls quiet. bench/RESULTS.md ("Startup and memory") has the
     * measurements behind each.
     */
    List<String> baseJvmOptions() {
        List<String> options = new ArrayList<>();
        options.add("-Xmx" + heap);
        if (parseSize(Setting.HEAP, heap) > INITIAL_HEAP_BYTES) {
            options.add("-Xms" + INITIAL_HEAP_BYTES / (1024 * 1024) + "m");
        }
        // generous while drawing (a tight heap collects several times per figure); the renderer's idle trim
        // tightens them for its collection after a burst (IdleTrim)
        options.add("-XX:MinHeapFreeRatio=40");
        options.add("-XX:MaxHeapFreeRatio=70");
        // the serial collector otherwise shrinks a grown heap by 0 %, 10 %, 40 % and only then 100 % of the excess over
        // four full collections, so the idle trim's one collection gave nothing back (a heap of 170 MB stayed 170 MB)
        options.add("-XX:-ShrinkHeapInSteps");
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
