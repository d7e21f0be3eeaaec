package io.easel.renderer.engine;

import io.easel.plot.Figure;
import io.easel.plot.Format;
import io.easel.plot.Plot;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;
import io.easel.rendermanager.RendererManager;
import io.easel.rendermanager.RendererSettingsLoader;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import com.github.weisj.jsvg.SVGDocument;

/**
 * Where the renderer's time goes, stage by stage, for the warm 1,000-point line and the 100k-point scatter, and
 * the physical floors of those stages on this machine. Plain timed loops after warm-up (not JMH): each stage is
 * called exactly as RenderEngine calls it, in this JVM, on one thread; medians in ms. Lives in the renderer's
 * package to reach its package-private stages; run with bench/profile.sh. Prints Markdown.
 */
public final class StageProfile {
    private static final double W = 600;
    private static final double H = 400;
    private static final String[] SIZES = new String[2];

    public static void main(String[] args) throws Exception {
        boolean quick = Arrays.asList(args).contains("--quick");
        int lineRuns = quick ? 10 : 40;
        int bigRuns = quick ? 2 : 5;
        StringBuilder out = new StringBuilder();
        out.append("Java ").append(System.getProperty("java.version")).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs; medians of ").append(lineRuns)
                .append(" (line) and ").append(bigRuns).append(" (100k scatter) runs after warm-up; plain timed loops in one JVM,"
                        + " one thread.\n\n");

        double[] xs = new double[1000];
        double[] ys = new double[1000];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i / 100.0;
            ys[i] = Math.sin(xs[i]);
        }
        Random rnd = new Random(1);
        double[] bx = new double[100_000];
        double[] by = new double[100_000];
        for (int i = 0; i < bx.length; i++) {
            bx[i] = rnd.nextGaussian();
            by[i] = rnd.nextGaussian();
        }
        Figure line = Plot.line(xs, ys).title("Figure 1");
        Figure scatter = Plot.scatter(bx, by);

        out.append("| stage | 1,000-point line (ms) | 100k scatter (ms) |\n|---|---:|---:|\n");
        Map<String, double[]> rows = new java.util.LinkedHashMap<>();
        stages(line, lineRuns, 20, rows, 0);
        stages(scatter, bigRuns, 2, rows, 1);
        rows.forEach((stage, v) -> {
            if (stage.startsWith("bytes")) {
                out.append("| output sizes: SVG / PNG@2x / PDF | ").append(SIZES[0]).append(" | ").append(SIZES[1])
                        .append(" |\n");
            } else {
                out.append("| ").append(stage).append(" | ").append(ms(v[0])).append(" | ").append(ms(v[1])).append(" |\n");
            }
        });

        out.append("\n").append(roundTrip(line, scatter, lineRuns, bigRuns)).append('\n');
        out.append(floors(quick)).append('\n');
        System.out.println(out);
    }

    /** Each stage of RenderEngine.renderOnce for a PNG@2x+SVG(+PDF) bundle, timed separately. */
    private static void stages(Figure figure, int runs, int warmups, Map<String, double[]> rows, int column)
            throws Exception {
        RenderLimits limits = RenderLimits.defaults();
        SvgDocumentLoader loader = new SvgDocumentLoader(ElementBudget.DEFAULT_MAX_ELEMENTS);
        RenderEngine engine = new RenderEngine(limits);
        RenderEngine jsvgEngine = new RenderEngine(limits, false);
        FigureSize size = FigureSize.checked(W, H, limits);
        FigureSize.PixelSize pixels = size.pixels(2, limits);
        Map<String, List<Long>> t = new java.util.LinkedHashMap<>();
        Map<Figure, String> sizes = new java.util.HashMap<>();
        List<OutputRequest> bundle = List.of(OutputRequest.of(Format.PNG, 2), OutputRequest.of(Format.SVG));
        List<OutputRequest> pngOnly = List.of(OutputRequest.of(Format.PNG, 2));
        for (int run = -warmups; run < runs; run++) {
            boolean keep = run >= 0;
            long a = System.nanoTime();
            Map<String, Object> spec = figure.toSpec();
            long b = System.nanoTime();
            Map<String, Object> snapshot = SpecSnapshot.of(spec);
            long c = System.nanoTime();
            LaidOutFigure laidOut = LetsPlotSvg.layout(snapshot, size);
            long d = System.nanoTime();
            BufferedImage direct = RasterPainter.paintDirect(laidOut.dom().orElseThrow(), size, pixels, false,
                    ElementBudget.DEFAULT_MAX_ELEMENTS);
            long e = System.nanoTime();
            LaidOutFigure cloudLaidOut = PointCloudLayer.layout(snapshot, size);
            long e1 = System.nanoTime();
            BufferedImage cloudDirect = RasterPainter.paintDirect(cloudLaidOut.dom().orElseThrow(), size, pixels,
                    false, ElementBudget.DEFAULT_MAX_ELEMENTS);
            long e2 = System.nanoTime();
            String raw = laidOut.rawSvg();
            long f = System.nanoTime();
            String svg = laidOut.publishedSvg();
            long g = System.nanoTime();
            byte[] svgBytes = svg.getBytes(StandardCharsets.UTF_8);
            long h = System.nanoTime();
            SVGDocument document = loader.load(svg);
            long i = System.nanoTime();
            BufferedImage image = RasterPainter.paint(document, size, pixels, false);
            long j = System.nanoTime();
            byte[] png = RasterWriter.forFormat(Format.PNG).write(direct, 0);
            long k = System.nanoTime();
            byte[] pdf = PdfWriter.write(document, size);
            long l = System.nanoTime();
            List<RenderedImage> both = engine.render(spec, W, H, bundle);
            long m = System.nanoTime();
            engine.render(spec, W, H, pngOnly);
            long n = System.nanoTime();
            jsvgEngine.render(spec, W, H, bundle);
            long o = System.nanoTime();
            if (!keep) {
                continue;
            }
            add(t, "plot API: Figure.toSpec (kernel side)", b - a);
            add(t, "SpecSnapshot.of (copy and check the spec)", c - b);
            add(t, "Lets-Plot layout to its SVG DOM (MonolithicCommon + FigureToPlainSvg)", d - c);
            add(t, "direct paint: the DOM onto a 1200x800 ARGB image (SvgDomPainter, sprites)", e - d);
            add(t, "layout as the engine does it: a big point layer as a point cloud (PointCloudLayer.layout;"
                    + " the line has none, so this is its full layout)", e1 - e);
            add(t, "direct paint of that layout (the point cloud's markers stamped from its arrays)", e2 - e1);
            add(t, "SVG text: SvgToString of the DOM", f - e);
            add(t, "DeterministicIds + PublishedSvg.clean (SVG post-processing)", g - f);
            add(t, "SVG encoder (String to UTF-8 bytes)", h - g);
            add(t, "JSVG load: XML parse, CSS cascade, DOM (element check included) [PDF, fallback]", i - h);
            add(t, "JSVG paint into a 1200x800 ARGB image (Java2D) [fallback]", j - i);
            add(t, "PNG encoder (Up filter, deflate level 3, banded)", k - j);
            add(t, "PDF encoder (PDFBox Graphics2D from the JSVG document)", l - k);
            add(t, "sum of the stages of a PNG@2x+SVG bundle (snapshot, layout, direct paint, SVG text, PNG)",
                    (c - b) + (d - c) + (e - d) + (h - e) + (k - j));
            add(t, "sum of the stages of a PNG@2x alone (snapshot, layout, direct paint, PNG)",
                    (c - b) + (d - c) + (e - d) + (k - j));
            add(t, "sum of the stages of a PNG@2x alone as the engine runs them (snapshot, layout with the point"
                    + " cloud, its direct paint, PNG)", (c - b) + (e1 - e) + (e2 - e1) + (k - j));
            add(t, "bytes: SVG / PNG@2x / PDF (KB)", 1_000_000L * 0);
            sizes.put(figure, kb(svgBytes.length) + " / " + kb(png.length) + " / " + kb(pdf.length));
            add(t, "RenderEngine.render, PNG@2x+SVG bundle, in process", m - l);
            add(t, "RenderEngine.render, PNG@2x alone, in process", n - m);
            add(t, "RenderEngine.render, PNG@2x+SVG bundle, JSVG path (the engine before the direct painter)", o - n);
            if (both.isEmpty() || raw.isEmpty() || image.getWidth() != direct.getWidth()
                    || cloudDirect.getWidth() != direct.getWidth()) {
                throw new IllegalStateException("empty bundle");
            }
        }
        t.forEach((stage, samples) -> rows.computeIfAbsent(stage, s -> new double[]{Double.NaN, Double.NaN})[column]
                = median(samples));
        SIZES[column] = sizes.get(figure);
    }

    /** The same bundles through RendererManager (a renderer process, signed ZeroMQ, binary columns). */
    private static String roundTrip(Figure line, Figure scatter, int lineRuns, int bigRuns) {
        StringBuilder out = new StringBuilder("| through RendererManager (renderer process) | 1,000-point line (ms) |"
                + " 100k scatter (ms) |\n|---|---:|---:|\n");
        try (RendererManager manager = new RendererManager(RendererSettingsLoader.fromEnvironment().toBuilder()
                .prestart(false).build())) {
            manager.start().join();
            Figure[] figures = {line, scatter};
            int[] runs = {lineRuns, bigRuns};
            List<List<OutputRequest>> bundles = List.of(
                    List.of(OutputRequest.of(Format.PNG, 2), OutputRequest.of(Format.SVG)),
                    List.of(OutputRequest.of(Format.PNG, 2)));
            for (List<OutputRequest> bundle : bundles) {
                double[][] v = new double[3][2];
                for (int f = 0; f < 2; f++) {
                    List<Long> total = new ArrayList<>();
                    List<Long> inRenderer = new ArrayList<>();
                    for (int run = -(f == 0 ? 20 : 3); run < runs[f]; run++) {
                        Map<String, Object> spec = figures[f].toSpec();
                        long a = System.nanoTime();
                        List<RenderedImage> images = manager.renderBlocking(spec, W, H, bundle);
                        long b = System.nanoTime();
                        if (run >= 0) {
                            total.add(b - a);
                            // each output is charged the shared layout plus its own work: the PNG's is the layout +
                            // raster + encode, the SVG's the layout + text, so the render is their sum minus one layout
                            long png = images.get(0).renderNanos();
                            long svg = images.size() > 1 ? images.get(1).renderNanos() : 0;
                            inRenderer.add(png + svg - Math.min(png, svg));
                        }
                    }
                    v[0][f] = median(total);
                    v[1][f] = median(inRenderer);
                    v[2][f] = v[0][f] - v[1][f];
                }
                String name = bundle.size() > 1 ? "PNG@2x+SVG" : "PNG@2x alone";
                out.append("| ").append(name).append(": request to decoded reply | ").append(ms(v[0][0])).append(" | ")
                        .append(ms(v[0][1])).append(" |\n");
                out.append("| ").append(name).append(": of which the renderer's engine (its renderNanos) | ")
                        .append(ms(v[1][0])).append(" | ").append(ms(v[1][1])).append(" |\n");
                out.append("| ").append(name).append(": of which request encoding, transport, queue, reply decoding | ")
                        .append(ms(v[2][0])).append(" | ").append(ms(v[2][1])).append(" |\n");
            }
        }
        return out.toString();
    }

    private static String floors(boolean quick) throws Exception {
        int runs = quick ? 5 : 20;
        StringBuilder out = new StringBuilder("| physical floor on this machine | ms |\n|---|---:|\n");
        // a real figure raster, Up-filtered RGB rows as PngWriter feeds them to deflate
        RenderLimits limits = RenderLimits.defaults();
        FigureSize size = FigureSize.checked(W, H, limits);
        BufferedImage figure = RasterPainter.paintDirect(LetsPlotSvg.layout(SpecSnapshot.of(lineFigure().toSpec()),
                size).dom().orElseThrow(), size, size.pixels(2, limits), false, ElementBudget.DEFAULT_MAX_ELEMENTS);
        byte[] rows = upFiltered(figure);
        for (int level : new int[]{1, 4, 6}) {
            int l = level;
            int[] len = new int[1];
            double m = time(runs, () -> {
                Deflater d = new Deflater(l);
                d.setInput(rows);
                d.finish();
                byte[] buf = new byte[rows.length];
                int n = 0;
                while (!d.finished()) {
                    n += d.deflate(buf, 0, buf.length);
                }
                d.end();
                len[0] = n;
                return n;
            });
            out.append("| deflate the 1,000-point line's 1200x800 raster (Up-filtered RGB, 2.9 MB) at level ").append(level)
                    .append(" -> ").append(kb(len[0])).append(" | ").append(ms(m)).append(" |\n");
        }
        out.append("| CRC32 of the same 2.9 MB | ").append(ms(time(runs, () -> {
            CRC32 c = new CRC32();
            c.update(rows);
            return c.getValue();
        }))).append(" |\n");
        out.append("| Up filter + ARGB to RGB bytes, 1200x800 | ").append(ms(time(runs, () -> upFiltered(figure).length)))
                .append(" |\n");
        out.append("| allocate and clear a 1200x800 ARGB BufferedImage | ").append(ms(time(runs, () ->
                new BufferedImage(1200, 800, BufferedImage.TYPE_INT_ARGB).getRGB(0, 0)))).append(" |\n");
        Random rnd = new Random(1);
        double[] px = new double[100_000];
        double[] py = new double[100_000];
        for (int i = 0; i < px.length; i++) {
            px[i] = 600 + 150 * rnd.nextGaussian();
            py[i] = 400 + 100 * rnd.nextGaussian();
        }
        for (boolean aa : new boolean[]{true, false}) {
            boolean a = aa;
            out.append("| Java2D: fill 100k circles (diameter 6.6 px, Ellipse2D) into 1200x800 ARGB, antialiasing ")
                    .append(aa ? "on" : "off").append(" | ").append(ms(time(Math.max(3, runs / 4), () -> {
                        BufferedImage img = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_ARGB);
                        Graphics2D g = img.createGraphics();
                        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                                a ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
                        g.setColor(new Color(0x47, 0x47, 0x47));
                        Ellipse2D.Double e = new Ellipse2D.Double();
                        for (int i = 0; i < px.length; i++) {
                            e.setFrame(px[i] - 3.3, py[i] - 3.3, 6.6, 6.6);
                            g.fill(e);
                        }
                        g.dispose();
                        return ((DataBufferInt) img.getRaster().getDataBuffer()).getData()[0];
                    }))).append(" |\n");
        }
        out.append("| Java2D: stamp 100k pre-drawn 8x8 circle sprites (drawImage) into 1200x800 ARGB | ")
                .append(ms(time(Math.max(3, runs / 4), () -> {
                    BufferedImage sprite = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB);
                    Graphics2D s = sprite.createGraphics();
                    s.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                    s.setColor(new Color(0x47, 0x47, 0x47));
                    s.fill(new Ellipse2D.Double(0.7, 0.7, 6.6, 6.6));
                    s.dispose();
                    BufferedImage img = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_ARGB);
                    Graphics2D g = img.createGraphics();
                    for (int i = 0; i < px.length; i++) {
                        g.drawImage(sprite, (int) px[i] - 4, (int) py[i] - 4, null);
                    }
                    g.dispose();
                    return img.getRGB(0, 0);
                }))).append(" |\n");
        return out.toString();
    }

    /** The 1,000-point line of the stage table. */
    /** The 1,000-point line every profile of the line uses (EncoderBenchmarks too). */
    static Figure lineFigure() {
        double[] xs = new double[1000];
        double[] ys = new double[1000];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i / 100.0;
            ys[i] = Math.sin(xs[i]);
        }
        return Plot.line(xs, ys).title("Figure 1");
    }

    private static byte[] upFiltered(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        byte[] out = new byte[h * (1 + 3 * w)];
        int o = 0;
        for (int y = 0; y < h; y++) {
            out[o++] = 2;
            for (int x = 0; x < w; x++) {
                int p = argb[y * w + x];
                int q = y == 0 ? 0 : argb[(y - 1) * w + x];
                out[o++] = (byte) ((p >> 16) - (q >> 16));
                out[o++] = (byte) ((p >> 8) - (q >> 8));
                out[o++] = (byte) (p - q);
            }
        }
        return out;
    }

    private static double time(int runs, Callable<Object> work) throws Exception {
        Object sink = null;
        for (int i = 0; i < Math.max(3, runs / 2); i++) {
            sink = work.call();
        }
        List<Long> samples = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long a = System.nanoTime();
            sink = work.call();
            samples.add(System.nanoTime() - a);
        }
        if (sink == null) {
            throw new IllegalStateException();
        }
        return median(samples);
    }

    private static void add(Map<String, List<Long>> t, String stage, long nanos) {
        t.computeIfAbsent(stage, s -> new ArrayList<>()).add(nanos);
    }

    private static double median(List<Long> nanos) {
        List<Long> s = new ArrayList<>(nanos);
        s.sort(null);
        return s.get(s.size() / 2) / 1e6;
    }

    private static String kb(int bytes) {
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%d KB", bytes / 1024);
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "–" : v >= 100 ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.1f", v);
    }
}
