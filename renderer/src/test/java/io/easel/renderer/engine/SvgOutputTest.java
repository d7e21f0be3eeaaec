package io.easel.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;

class SvgOutputTest {
    private final RenderEngine engine = new RenderEngine(RenderLimits.defaults());

    @Test
    void isWellFormedSvgWithTheTitleAndTheRequestedSize() throws Exception {
        RenderedImage out = svg(TestFigures.line(100, "Svg Title"), 640, 480);

        Document document = parse(out.bytes());
        Element root = document.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals(640.0, Double.parseDouble(root.getAttribute("width")));
        assertEquals(480.0, Double.parseDouble(root.getAttribute("height")));
        assertTrue(textContents(document).contains("Svg Title"), "title text missing from the SVG");
        assertEquals(640, out.pixelWidth());
        assertEquals(480, out.pixelHeight());
    }

    @Test
    void sameSpecTwiceGivesIdenticalBytes() throws Exception {
        byte[] first = svg(TestFigures.line(300, "Stable"), 600, 400).bytes();
        byte[] second = svg(TestFigures.line(300, "Stable"), 600, 400).bytes();

        assertArrayEquals(first, second);
    }

    @Test
    void everyReferenceNamesADeclaredId() throws Exception {
        String text = new String(svg(TestFigures.line(300, "Refs"), 600, 400).bytes(), StandardCharsets.UTF_8);

        Set<String> declared = new HashSet<>();
        Matcher ids = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(text);
        while (ids.find()) {
            declared.add(ids.group(1));
        }
        assertFalse(declared.isEmpty(), "Lets-Plot SVG is expected to declare ids (clip paths, plot root)");
        Matcher refs = Pattern.compile("url\\(#([^)]+)\\)|href=\"#([^\"]+)\"").matcher(text);
        int references = 0;
        while (refs.find()) {
            String id = refs.group(1) != null ? refs.group(1) : refs.group(2);
            assertTrue(declared.contains(id), "reference to undeclared id " + id);
            references++;
        }
        assertTrue(references > 0, "expected clip-path references in a Lets-Plot SVG");
        Matcher cssScopes = Pattern.compile("#([A-Za-z][\\w-]*) \\.").matcher(text);
        while (cssScopes.find()) {
            assertTrue(declared.contains(cssScopes.group(1)), "CSS scoped to undeclared id " + cssScopes.group(1));
        }
    }

    @Test
    void differentFiguresDoNotShareIds() throws Exception {
        // Jupyter inlines SVG into one HTML page; equal ids would let one figure use another's clip paths.
        Set<String> first = declaredIds(svg(TestFigures.line(300, "One"), 600, 400).bytes());
        Set<String> second = declaredIds(svg(TestFigures.line(300, "Two"), 600, 400).bytes());

        first.retainAll(second);
        assertEquals(Set.of(), first);
    }

    @Test
    void theRequestSizeIsTheOnlySizeTheSpecsGgsizeIsNotRead() throws Exception {
        Map<String, Object> spec = new LinkedHashMap<>(TestFigures.line(50, "Sized"));
        spec.put("ggsize", Map.of("width", 320, "height", 240));

        Element explicit = parse(svg(spec, 500, 300).bytes()).getDocumentElement();
        assertEquals(500.0, Double.parseDouble(explicit.getAttribute("width")));
        assertEquals(300.0, Double.parseDouble(explicit.getAttribute("height")));
    }

    @Test
    void aMissingSizeIsABadRequest() {
        RenderException e = assertThrows(RenderException.class, () -> svg(TestFigures.line(50, "Plain"), 0, -1));
        assertEquals(FigureErrorKind.BAD_REQUEST, e.kind());
        assertTrue(e.getMessage().contains("positive"), e.getMessage());
    }

    @Test
    void binaryColumnsRenderLikeListColumns() throws Exception {
        double[] xs = new double[200];
        double[] ys = new double[200];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i;
            ys[i] = Math.sin(i / 50.0) * 10 - 3;
        }
        Map<String, Object> binary = TestFigures.plot(Map.of("x", xs, "y", ys), "line", "Columns");

        assertArrayEquals(svg(TestFigures.line(200, "Columns"), 600, 400).bytes(), svg(binary, 600, 400).bytes());
    }

    @Test
    void renderingDoesNotChangeTheCallersSpec() throws Exception {
        Map<String, Object> spec = TestFigures.line(20, "Untouched");
        String before = spec.toString();

        svg(spec, 600, 400);

        assertEquals(before, spec.toString());
    }

    @Test
    void oneLayoutServesSeveralOutputsInRequestOrder() throws Exception {
        List<RenderedImage> outs = engine.render(TestFigures.line(50, "Many"), 300, 200, List.of(
                OutputRequest.of(Format.PNG, 2), OutputRequest.of(Format.SVG), OutputRequest.of(Format.PDF)));

        assertEquals(List.of(Format.PNG, Format.SVG, Format.PDF),
                outs.stream().map(RenderedImage::format).toList());
        for (RenderedImage out : outs) {
            assertTrue(out.renderNanos() > 0);
            assertTrue(out.bytes().length > 0);
        }
        assertNotEquals(outs.get(0).pixelWidth(), outs.get(1).pixelWidth());
    }

    private RenderedImage svg(Map<String, Object> spec, double width, double height) throws RenderException {
        return engine.render(spec, width, height, List.of(OutputRequest.of(Format.SVG))).get(0);
    }

    static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static String textContents(Document document) {
        StringBuilder all = new StringBuilder();
        NodeList texts = document.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent().trim()).append('\n');
        }
        return all.toString();
    }

    private static Set<String> declaredIds(byte[] svg) {
        Set<String> ids = new HashSet<>();
        Matcher m = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(new String(svg, StandardCharsets.UTF_8));
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
