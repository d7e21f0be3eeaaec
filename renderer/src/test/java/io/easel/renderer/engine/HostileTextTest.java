package io.easel.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;

/** Spec texts that used to break figures or leak into the published SVG, through the real engine. */
class HostileTextTest {
    private final RenderEngine engine = new RenderEngine(RenderLimits.defaults());
    private final List<OutputRequest> svgAndPng = List.of(OutputRequest.of(Format.SVG), OutputRequest.of(Format.PNG));

    private String svgOf(Map<String, Object> spec) throws RenderException {
        List<RenderedImage> images = engine.render(spec, 300, 200, svgAndPng);
        assertEquals(Format.PNG, images.get(1).format(), "the figure was also drawn");
        return new String(images.get(0).bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void controlCharactersInTitleAndCategoriesAreReplacedAndTheFigureIsDrawn() throws Exception {
        Map<String, Object> spec = TestFigures.plot(Map.of("x", List.of("a\u001Bb", "c\u0007d", "e\u000Bf"),
                "y", List.of(1, 2, 3)), "bar", "NUL\u0000 BEL\u0007 VT\u000B ESC\u001B");
        spec.put("mapping", Map.of("x", "x", "y", "y"));
        ((Map<String, Object>) ((List<?>) spec.get("layers")).get(0)).put("stat", "identity");
        String svg = svgOf(spec);
        for (char c : new char[]{0, 7, 0x0B, 0x1B}) {
            assertFalse(svg.indexOf(c) >= 0, "control character " + (int) c + " reached the SVG");
        }
        assertTrue(svg.contains("NUL\uFFFD BEL\uFFFD"), "the title is kept, with the characters replaced");
        assertTrue(svg.contains("a\uFFFDb"), "categories are kept too");
    }

    @Test
    void loneSurrogatesAndNoncharactersAreReplacedButRealSupplementaryCharactersKept() throws Exception {
        assertEquals("x\uFFFDy\uFFFDz\uD83D\uDE00", SpecText.replaceControls("x\uD800y\uFFFEz\uD83D\uDE00"));
        String clean = "tab\tnew\nline";
        assertSame(clean, SpecText.replaceControls(clean));
    }

    @Test
    void cssInAThemeFontFamilyIsRefusedNamingWhere() {
        Map<String, Object> spec = TestFigures.line(5, "T");
        spec.put("theme", Map.of("title", Map.of("blank", false,
                "family", "Arial;} @import url(http://evil.example/x.css); .a{")));
        RenderException e = assertThrows(RenderException.class, () -> engine.render(spec, 300, 200, svgAndPng));
        assertEquals(FigureErrorKind.BAD_SPEC, e.kind());
        assertTrue(e.getMessage().contains("font family at spec.theme.title.family"), e.getMessage());
    }

    @Test
    void cssInALayerFontFamilyIsRefused() {
        Map<String, Object> spec = TestFigures.plot(Map.of("x", List.of(1, 2), "y", List.of(1, 2),
                "l", List.of("a", "b")), "text", "T");
        spec.put("mapping", Map.of("x", "x", "y", "y", "label", "l"));
        ((Map<String, Object>) ((List<?>) spec.get("layers")).get(0)).put("family", "Z;background:url(http://evil.example/z)");
        RenderException e = assertThrows(RenderException.class, () -> engine.render(spec, 300, 200, svgAndPng));
        assertEquals(FigureErrorKind.BAD_SPEC, e.kind());
        assertTrue(e.getMessage().contains("layers[0].family"), e.getMessage());
    }

    @Test
    void aRealFontFamilyStillWorksAndADataColumnNamedFamilyIsJustData() throws Exception {
        Map<String, Object> spec = TestFigures.plot(Map.of("x", List.of(1, 2), "y", List.of(1, 2),
                "family", List.of("Smith (UK); Ltd", "Jones")), "point", "T");
        spec.put("theme", Map.of("text", Map.of("blank", false, "family", "DejaVu Sans")));
        assertTrue(svgOf(spec).contains("DejaVu Sans"));
    }

    @Test
    void cssThatReachesTheStyleSheetAnotherWayIsRefused() {
        for (String svg : List.of("<svg><style>.a{fill:red}@import url(http://e/x.css);</style></svg>",
                "<svg><text style=\"fill:red;background:URL (http://e/x)\">t</text></svg>",
                "<svg><style>.a{background:u\\rl(http://e/x)}</style></svg>")) {
            RenderException e = assertThrows(RenderException.class, () -> PublishedSvg.clean(svg), svg);
            assertEquals(FigureErrorKind.BAD_SPEC, e.kind());
        }
    }

    @Test
    void externalImageHrefsNeverReachThePublishedSvgButEmbeddedImagesDo() throws Exception {
        String pixel = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
        for (String href : List.of("http://evil.example/x.png", "file:///etc/passwd", " HTTPS://evil.example/y",
                "//evil.example/z", "javascript:alert(1)")) {
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("kind", "plot");
            spec.put("layers", List.of(Map.of("geom", "image", "href", href, "xmin", 0, "ymin", 0, "xmax", 1, "ymax", 1)));
            String svg = svgOf(spec);
            assertFalse(svg.contains("evil.example") || svg.contains("file:") || svg.contains("javascript:"), svg);
        }
        Map<String, Object> embedded = new LinkedHashMap<>();
        embedded.put("kind", "plot");
        embedded.put("layers", List.of(Map.of("geom", "image", "href", pixel, "xmin", 0, "ymin", 0, "xmax", 1, "ymax", 1)));
        assertTrue(svgOf(embedded).contains("xlink:href=\"" + pixel + "\""));
    }

    @Test
    void aGiganticTitleIsRefusedBeforeLayoutInsteadOfExhaustingTheHeap() {
        RenderException e = assertThrows(RenderException.class,
                () -> engine.render(TestFigures.line(5, "x".repeat(5_000_000)), 300, 200, svgAndPng));
        assertEquals(FigureErrorKind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().contains("spec.ggtitle.text") && e.getMessage().contains("5000000 characters"),
                e.getMessage());
    }
}
