package io.easel.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.easel.plot.Figure;
import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;
import io.easel.protocol.Json;

/**
 * Every spec of the corpus (src/test/resources/spec-corpus: Lets-Plot raw specs in its documented format, one per
 * geom, stat, facet, coord, scale and theme, plus gggrid and ggbunch) renders to SVG, PNG and PDF, each carrying the
 * spec's title; a plot spec also renders after a trip through Figure.fromSpec, as a notebook would send it.
 */
class SpecCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/spec-corpus");
    private static final List<OutputRequest> OUTPUTS = List.of(OutputRequest.of(Format.SVG),
            OutputRequest.of(Format.PNG, 1), OutputRequest.of(Format.PDF));

    private final RenderEngine engine = new RenderEngine(RenderLimits.defaults());

    static Stream<String> specs() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList()
                    .stream();
        }
    }

    @Test
    void theCorpusCoversTheDocumentedParts() throws IOException {
        List<String> names = specs().toList();
        for (String prefix : List.of("geom_", "stat_", "facet_", "coord_", "scale_", "theme_")) {
            assertTrue(names.stream().filter(n -> n.startsWith(prefix)).count() >= 3, prefix + " specs missing");
        }
        assertTrue(names.contains("subplots_gggrid.json") && names.contains("ggbunch.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void rendersInEveryFormatWithItsTitle(String name) throws Exception {
        Map<String, Object> spec = Json.withDefaults().readObject(Files.readAllBytes(CORPUS.resolve(name)), name);
        check(name, spec);
        if ("plot".equals(spec.get("kind"))) {
            check(name + " through Figure.fromSpec", Figure.fromSpec(spec).toSpec());
        }
    }

    private void check(String what, Map<String, Object> spec) throws Exception {
        List<RenderedImage> out = engine.render(spec, 600, 400, OUTPUTS);
        String svg = new String(out.get(0).bytes(), StandardCharsets.UTF_8);
        List<String> titles = titles(spec);
        for (String title : titles) {
            assertTrue(svg.contains(title), what + ": the SVG lacks the title " + title);
        }
        assertTrue(inkedPixels(RasterOutputTest.decode(out.get(1).bytes())) > 2_000, what + ": the PNG is blank");
        String pdfText = VectorOutputTest.pdfText(out.get(2).bytes());
        for (String title : titles) {
            assertTrue(pdfText.contains(title), what + ": the PDF's text lacks the title " + title);
        }
    }

    /** The titles of a plot, or of every plot of a gggrid or ggbunch. */
    @SuppressWarnings("unchecked")
    private static List<String> titles(Map<String, Object> spec) {
        Object kind = spec.get("kind");
        if ("subplots".equals(kind)) {
            return ((List<Map<String, Object>>) spec.get("figures")).stream().flatMap(f -> titles(f).stream()).toList();
        }
        if ("ggbunch".equals(kind)) {
            return ((List<Map<String, Object>>) spec.get("items")).stream()
                    .flatMap(i -> titles((Map<String, Object>) i.get("feature_spec")).stream()).toList();
        }
        Map<String, Object> title = (Map<String, Object>) spec.get("ggtitle");
        return title == null ? List.of() : List.of((String) title.get("text"));
    }

    private static int inkedPixels(BufferedImage image) {
        int inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                if ((argb >>> 24) > 0 && (argb & 0xFFFFFF) != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        return inked;
    }
}
