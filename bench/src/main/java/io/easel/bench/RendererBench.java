package io.easel.bench;

import io.easel.plot.Figure;
import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;
import io.easel.rendermanager.RendererManager;
import io.easel.rendermanager.RendererSettings;
import io.easel.rendermanager.RendererSettingsLoader;
import io.easel.rendermanager.RendererStatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Measures the renderer through its manager, as a kernel uses it: cold start to the first PNG (with and
 * without the class-data archive), warm latency per format, a 100k-point scatter, concurrency, memory.
 * Prints Markdown. Arguments: {@code --iterations N} (warm samples per format, default 30),
 * {@code --cold N} (cold starts per variant, default 3).
 */
public final class RendererBench {
    /** A figure's default size, which is what most notebook figures are shown at. */
    private static final double WIDTH = Figure.DEFAULT_WIDTH;
    private static final double HEIGHT = Figure.DEFAULT_HEIGHT;
    private static final List<String> LABEL_ORDER = List.of("PNG scale 1", "PNG scale 2", "JPEG scale 2",
            "WebP scale 2", "SVG", "PDF", "EPS", "PNG x2 + SVG (the inline bundle)");

    private final RendererSettings base;
    private final int iterations;
    private final int coldRuns;
    private final Path cache;

    private RendererBench(RendererSettings base, int iterations, int coldRuns, Path cache) {
        this.base = base;
        this.iterations = iterations;
        this.coldRuns = coldRuns;
        this.cache = cache;
    }

    public static void main(String[] args) throws Exception {
        int iterations = 30;
        int cold = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--cold" -> cold = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + "; use --iterations N and --cold N.");
            }
        }
        Path cache = Files.createTempDirectory("easel-bench-cache");
        RendererSettings base = RendererSettingsLoader.fromEnvironment().toBuilder().prestart(false)
                .logFile(cache.resolve("renderer.log")).build();
        new RendererBench(base, iterations, cold, cache).run();
        deleteTree(cache);
    }

    /** Removes the benchmark's temporary cache and logs; left in place when the run failed, for the log. */
    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private void run() throws Exception {
        StringBuilder report = new StringBuilder();
        report.append("Run at ").append(Instant.now()).append(" on ").append(machine()).append("\n\n");

        report.append("### Cold start: launch to first PNG (1,000-point line, 600x400 at scale 2)\n\n");
        MarkdownTable cold = new MarkdownTable("variant", "launch to ready (ms)", "launch to first PNG (ms)", "runs");
        coldStart(cold, "no class-data archive", base.toBuilder()
                .classDataSharing(false).cacheDir(cache).warmup(false).build());
        RendererSettings withArchive = base.toBuilder()
                .classDataSharing(true).cacheDir(cache.resolve("cds-cache")).warmup(false).build();
        recordArchive(withArchive);
        coldStart(cold, "class-data archive recorded", withArchive);
        report.append(cold).append('\n');

        try (RendererManager manager = new RendererManager(base.toBuilder()
                .classDataSharing(true).cacheDir(cache.resolve("cds-cache")).build())) {
            manager.start().join();
            warmUp(manager);
            report.append("### Warm latency, 1,000-point line, 600x400 (request to reply, median of ")
                    .append(iterations).append(")\n\n");
            MarkdownTable warm = new MarkdownTable("output", "median (ms)", "p90 (ms)", "min (ms)", "bytes");
            warmFormats(manager, warm, Map.of(
                    "PNG scale 1", List.of(OutputRequest.of(Format.PNG, 1)),
                    "PNG scale 2", List.of(OutputRequest.of(Format.PNG, 2)),
                    "JPEG scale 2", List.of(OutputRequest.of(Format.JPEG, 2)),
                    "WebP scale 2", List.of(OutputRequest.of(Format.WEBP, 2)),
                    "SVG", List.of(OutputRequest.of(Format.SVG)),
                    "PDF", List.of(OutputRequest.of(Format.PDF)),
                    "EPS", List.of(OutputRequest.of(Format.EPS)),
                    "PNG x2 + SVG (the inline bundle)",
                    List.of(OutputRequest.of(Format.PNG, 2), OutputRequest.of(Format.SVG))));
            report.append(warm).append('\n');

            report.append("### Big data and concurrency\n\n");
            MarkdownTable big = new MarkdownTable("case", "median (ms)", "runs", "notes");
            bigScatter(manager, big);
            concurrent(manager, big);
            report.append(big).append('\n');

            RendererStatus status = manager.status();
            report.append("### Memory\n\n");
            report.append(new MarkdownTable("process", "RSS (MB)", "notes")
                    .row("renderer after the runs above", Long.toString(status.rssBytes() / (1024 * 1024)),
                            "heap cap " + base.heap() + ", " + manager.rendererStats().join().workers() + " workers")
                    .row("benchmark JVM (the manager's side)", Long.toString(selfRss() / (1024 * 1024)),
                            "holds no rendering libraries"));
        }
        System.out.println(report);
    }

    private void coldStart(MarkdownTable table, String variant, RendererSettings settings) {
        Samples ready = new Samples();
        Samples firstPng = new Samples();
        for (int run = 0; run < coldRuns; run++) {
            try (RendererManager manager = new RendererManager(settings)) {
                long start = System.nanoTime();
                manager.start().join();
                ready.add(System.nanoTime() - start);
                manager.renderBlocking(BenchFigures.line(1000), WIDTH, HEIGHT, List.of(OutputRequest.of(Format.PNG, 2)));
                firstPng.add(System.nanoTime() - start);
            }
        }
        table.row(variant, Samples.ms(ready.median()), Samples.ms(firstPng.median()), Integer.toString(coldRuns));
    }

    /** One untimed launch that renders and exits cleanly, so the archive exists for the timed ones. */
    private static void recordArchive(RendererSettings settings) {
        try (RendererManager manager = new RendererManager(settings.toBuilder().warmup(true).build())) {
            manager.renderBlocking(BenchFigures.line(1000), WIDTH, HEIGHT, List.of(OutputRequest.of(Format.PNG, 2),
                    OutputRequest.of(Format.SVG), OutputRequest.of(Format.PDF)));
        }
    }

    private void warmUp(RendererManager manager) {
        List<OutputRequest> all = new ArrayList<>();
        for (Format format : Format.values()) {
            all.add(OutputRequest.atRasterScale(format, 2));
        }
        for (int i = 0; i < 15; i++) {
            manager.renderBlocking(BenchFigures.line(1000), WIDTH, HEIGHT, all);
        }
    }

    /** Round robin over the outputs, so JIT warm-up and machine noise spread evenly over all of them. */
    private void warmFormats(RendererManager manager, MarkdownTable table, Map<String, List<OutputRequest>> cases) {
        List<String> labels = new ArrayList<>(cases.keySet());
        labels.sort(java.util.Comparator.comparing(LABEL_ORDER::indexOf));
        Map<String, Samples> samples = new java.util.LinkedHashMap<>();
        Map<String, Long> bytes = new java.util.HashMap<>();
        labels.forEach(label -> samples.put(label, new Samples()));
        for (int i = 0; i < iterations; i++) {
            for (String label : labels) {
                Map<String, Object> spec = BenchFigures.line(1000);
                long start = System.nanoTime();
                List<RenderedImage> images = manager.renderBlocking(spec, WIDTH, HEIGHT, cases.get(label));
                samples.get(label).add(System.nanoTime() - start);
                bytes.put(label, images.stream().mapToLong(image -> image.bytes().length).sum());
            }
        }
        for (String label : labels) {
            Samples s = samples.get(label);
            table.row(label, Samples.ms(s.median()), Samples.ms(s.percentile(90)), Samples.ms(s.min()),
                    Long.toString(bytes.get(label)));
        }
    }

    private void bigScatter(RendererManager manager, MarkdownTable table) {
        Map<String, Object> spec = BenchFigures.scatter(100_000);
        Samples png = new Samples();
        Samples svg = new Samples();
        int runs = 3;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            manager.renderBlocking(spec, WIDTH, HEIGHT, List.of(OutputRequest.of(Format.PNG, 2)));
            png.add(System.nanoTime() - start);
            start = System.nanoTime();
            manager.renderBlocking(spec, WIDTH, HEIGHT, List.of(OutputRequest.of(Format.SVG)));
            svg.add(System.nanoTime() - start);
        }
        table.row("100k-point scatter, PNG scale 2", Samples.ms(png.median()), Integer.toString(runs),
                "1.6 MB of float64 columns sent as binary frames");
        table.row("100k-point scatter, SVG", Samples.ms(svg.median()), Integer.toString(runs), "");
    }

    private void concurrent(RendererManager manager, MarkdownTable table) {
        Samples wall = new Samples();
        int runs = 3;
        for (int run = 0; run < runs; run++) {
            List<CompletableFuture<List<RenderedImage>>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < 16; i++) {
                futures.add(manager.render(BenchFigures.line(1000), WIDTH, HEIGHT, List.of(OutputRequest.of(Format.PNG, 2))));
            }
            futures.forEach(CompletableFuture::join);
            wall.add(System.nanoTime() - start);
        }
        table.row("16 concurrent PNG x2 (wall time for all)", Samples.ms(wall.median()), Integer.toString(runs),
                String.format(Locale.ROOT, "%.1f figures/s", 16_000 / wall.median()));
    }

    private static long selfRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring(6).trim().split("\\s+")[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // reported as 0
        }
        return 0;
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " CPUs, Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }
}
