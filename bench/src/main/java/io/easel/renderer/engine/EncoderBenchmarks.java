package io.easel.renderer.engine;

import com.github.weisj.jsvg.SVGDocument;
import io.easel.plot.Format;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * JMH microbenchmarks of the stages of an inline figure that the engine's changes aim at, on the warm 1,000-point
 * line at 600 x 400 CSS px, PNG at scale 2 (1200 x 800): Lets-Plot's layout to its SVG DOM, the direct paint of
 * that DOM, the SVG text, the JSVG parse (still the path of EPS and of figures the painter declines) and the PNG
 * encoder. Run with {@code bash bench/jmh.sh}; a change that slows one of them shows here as a
 * number before it shows in the race.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseSerialGC", "-Djava.awt.headless=true"})
public class EncoderBenchmarks {

    private RenderLimits limits;
    private FigureSize size;
    private Map<String, Object> snapshot;
    private String svg;
    private LaidOutFigure laidOut;
    private BufferedImage image;
    private SvgDocumentLoader loader;
    private RasterWriter png;

    @Setup
    public void setUp() throws Exception {
        limits = RenderLimits.defaults();
        size = FigureSize.checked(600, 400, limits);
        snapshot = SpecSnapshot.of(StageProfile.lineFigure().toSpec());
        svg = PublishedSvg.clean(DeterministicIds.rewrite(LetsPlotSvg.render(snapshot, size)));
        loader = new SvgDocumentLoader(ElementBudget.DEFAULT_MAX_ELEMENTS);
        laidOut = LetsPlotSvg.layout(snapshot, size);
        image = RasterPainter.paintDirect(laidOut.dom().orElseThrow(), size, size.pixels(2, limits), false,
                ElementBudget.DEFAULT_MAX_ELEMENTS);
        png = RasterWriter.forFormat(Format.PNG);
    }

    @Benchmark
    public LaidOutFigure letsPlotLayout() throws Exception {
        return LetsPlotSvg.layout(snapshot, size);
    }

    @Benchmark
    public BufferedImage directPaint() throws Exception {
        return RasterPainter.paintDirect(laidOut.dom().orElseThrow(), size, size.pixels(2, limits), false,
                ElementBudget.DEFAULT_MAX_ELEMENTS);
    }

    @Benchmark
    public String svgText() throws Exception {
        return LetsPlotSvg.render(snapshot, size);
    }

    @Benchmark
    public SVGDocument jsvgParse() throws Exception {
        return loader.load(svg);
    }

    @Benchmark
    public byte[] pngEncode() throws Exception {
        return png.write(image, 0);
    }
}
