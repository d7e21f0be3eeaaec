package io.easel.renderer.engine;

import io.easel.plot.Figure;
import io.easel.plot.Plot;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Where the renderer's heap goes for a big unsampled scatter: the render's stages run one after another in this JVM
 * (start it with the renderer's flags, -Xmx1g -XX:+UseSerialGC), each stage's result kept, and the live heap after a
 * full GC printed after each, so the table shows what each stage holds. A stage that runs out of heap is named.
 * Usage: MemoryProbe [points, default 1000000] [--svg to add the SVG text stages]. Prints Markdown.
 */
public final class MemoryProbe {
    private static long baseline;

    public static void main(String[] args) throws Exception {
        int points = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 1_000_000;
        boolean svg = java.util.Arrays.asList(args).contains("--svg");
        System.out.printf(Locale.ROOT, "%,d-point scatter (sampling none), heap cap %d MB, Java %s%n%n", points,
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        System.out.println("| stage | ms | live heap after it (MB) | held by this stage (MB) |");
        System.out.println("|---|---:|---:|---:|");
        baseline = live();
        String stage = "spec";
        try {
            long t = System.nanoTime();
            Random random = new Random(1);
            double[] x = new double[points];
            double[] y = new double[points];
            for (int i = 0; i < points; i++) {
                x[i] = random.nextGaussian();
                y[i] = random.nextGaussian();
            }
            Figure figure = Plot.scatter(x, y);
            Map<String, Object> spec = figure.toSpec();
            long previous = row("plot API: the spec with double[] columns", t, baseline);

            stage = "SpecSnapshot.of";
            t = System.nanoTime();
            Map<String, Object> snapshot = SpecSnapshot.of(spec);
            previous = row("SpecSnapshot.of (columns as lists of Double)", t, previous);

            stage = "Lets-Plot layout";
            FigureSize size = FigureSize.checked(600, 400, RenderLimits.defaults());
            t = System.nanoTime();
            LaidOutFigure laidOut = LetsPlotSvg.layout(snapshot, size);
            previous = row("Lets-Plot layout to its SVG DOM (spec and snapshot still held)", t, previous);

            stage = "direct paint";
            t = System.nanoTime();
            BufferedImage image = RasterPainter.paintDirect(laidOut.dom().orElseThrow(), size,
                    size.pixels(2, RenderLimits.defaults()), false, ElementBudget.DEFAULT_MAX_ELEMENTS);
            previous = row("direct paint, 1200x800 ARGB", t, previous);

            stage = "PNG encoder";
            t = System.nanoTime();
            byte[] png = RasterWriter.forFormat(io.easel.plot.Format.PNG).write(image, 0);
            previous = row("PNG encoder (" + png.length / 1024 + " KB)", t, previous);

            if (svg) {
                stage = "SvgToString";
                t = System.nanoTime();
                String raw = laidOut.rawSvg();
                previous = row("SVG text: SvgToString (" + raw.length() / 1_000_000 + " M chars)", t, previous);
                stage = "DeterministicIds + PublishedSvg";
                t = System.nanoTime();
                String published = laidOut.publishedSvg();
                previous = row("DeterministicIds + PublishedSvg.clean (a second text of "
                        + published.length() / 1_000_000 + " M chars)", t, previous);
                stage = "SVG bytes";
                t = System.nanoTime();
                byte[] bytes = published.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                row("SVG encoder (UTF-8 bytes, " + bytes.length / 1_000_000 + " MB)", t, previous);
            }
            peak();
            if (image.getWidth() == 0 || spec.isEmpty() || x.length == 0 || y.length == 0) {
                throw new IllegalStateException();
            }
        } catch (OutOfMemoryError e) {
            System.out.println();
            System.out.println("Out of heap in the stage: " + stage + ".");
            peak();
        }
    }

    private static long row(String stage, long startNanos, long previous) {
        double ms = (System.nanoTime() - startNanos) / 1e6;
        long now = live();
        System.out.printf(Locale.ROOT, "| %s | %.0f | %d | %d |%n", stage, ms, (now - baseline) >> 20,
                (now - previous) >> 20);
        return now;
    }

    private static void peak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "%nPeak heap use (sum of the pools' peaks): %d MB%n", peak >> 20);
    }

    private static long live() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
