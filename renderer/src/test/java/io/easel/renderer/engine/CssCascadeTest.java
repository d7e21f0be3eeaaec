package io.easel.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.weisj.jsvg.parser.DomElement;
import com.github.weisj.jsvg.parser.DomProcessor;

import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;

/** The style attributes JSVG ends up with after our CSS is applied to a parsed document. */
class CssCascadeTest {
    private final SvgDocumentLoader loader = new SvgDocumentLoader(ElementBudget.DEFAULT_MAX_ELEMENTS);

    @Test
    void letsPlotTextGetsItsScopedFontFamilyAndSize() throws Exception {
        String svg = new String(new RenderEngine(RenderLimits.defaults())
                .render(TestFigures.line(100, "Cascade Title"), 600, 400, List.of(OutputRequest.of(Format.SVG)))
                .get(0).bytes(), StandardCharsets.UTF_8);
        List<DomElement> elements = new ArrayList<>();

        loader.load(svg, collectInto(elements));

        DomElement title = withClass(elements, "plot-title");
        assertEquals("16.0px", title.attribute("font-size"));
        assertEquals("DejaVu Sans", title.attribute("font-family"), "Lucida Grande is not installed: sans-serif");
        assertEquals("#474747", title.attribute("fill"));
        DomElement tick = withClass(elements, "axis-text-x");
        assertEquals("13.0px", tick.attribute("font-size"));
        assertEquals("DejaVu Sans", tick.attribute("font-family"));
    }

    @Test
    void textResolvesToASansSerifFontWhenDrawn() throws Exception {
        // The PDF embeds the face JSVG resolved, under its PostScript name after a subset tag (ABCDEF+DejaVuSans).
        byte[] pdf = new RenderEngine(RenderLimits.defaults())
                .render(TestFigures.line(100, "Font Check"), 600, 400, List.of(OutputRequest.of(Format.PDF)))
                .get(0).bytes();

        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.matches("(?s).*/BaseFont /[A-Z]{6}\\+DejaVuSans\\b.*"), "no DejaVu Sans in the PDF");
        assertTrue(!text.contains("Serif") && !text.contains("Times"), "some text fell back to a serif font");
    }

    @Test
    void cascadeFollowsSpecificityOrderImportanceAndInlineStyle() throws Exception {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">
                  <style>
                    /* later rules win between equals; ids beat classes; !important beats both */
                    text { font-size: 5px; fill: red; }
                    #root .label { font-size: 20px; }
                    .label { font-size: 10px; }
                    g > .direct { stroke: blue; }
                    .label { fill: green; }
                    .label { fill: olive; }
                    .strong { fill: purple !important; }
                    #root .strong { fill: black; }
                    @media print { .label { font-size: 99px; } }
                    text:hover { font-size: 77px; }
                  </style>
                  <g id="root">
                    <text id="a" class="label">A</text>
                    <text id="b" class="label strong direct" fill="yellow">B</text>
                    <text id="c" style="font-size: 30px">C</text>
                    <text id="d" font-size="8px">D</text>
                    <text id="f" font-family="Lucida Grande ,  sans-serif">F</text>
                  </g>
                  <text id="outside" class="label">E</text>
                </svg>
                """;
        List<DomElement> elements = new ArrayList<>();

        loader.load(svg, collectInto(elements));

        DomElement a = withId(elements, "a");
        assertEquals("20px", a.attribute("font-size"), "#root .label must beat the later .label");
        assertEquals("olive", a.attribute("fill"), "the later of two equal rules must win");
        DomElement b = withId(elements, "b");
        assertEquals("purple", b.attribute("fill"), "!important must beat a more specific rule and the attribute");
        assertEquals("blue", b.attribute("stroke"), "child combinator must match a direct child");
        assertEquals("30px", withId(elements, "c").attribute("font-size"), "inline style must beat the sheet");
        assertEquals("5px", withId(elements, "d").attribute("font-size"), "CSS must beat a presentation attribute");
        assertEquals("DejaVu Sans", withId(elements, "f").attribute("font-family"),
                "font-family attributes must be resolved like CSS ones");
        assertEquals("10px", withId(elements, "outside").attribute("font-size"),
                "a rule scoped to #root must not reach outside it");
    }

    private static DomProcessor collectInto(List<DomElement> elements) {
        return new DomProcessor() {
            @Override
            public void process(DomElement element) {
                elements.add(element);
                for (DomElement child : element.children()) {
                    process(child);
                }
            }
        };
    }

    private static DomElement withClass(List<DomElement> elements, String className) {
        DomElement found = elements.stream().filter(e -> e.classNames().contains(className)).findFirst().orElse(null);
        assertNotNull(found, "no element with class " + className);
        return found;
    }

    private static DomElement withId(List<DomElement> elements, String id) {
        DomElement found = elements.stream().filter(e -> id.equals(e.id())).findFirst().orElse(null);
        assertNotNull(found, "no element with id " + id);
        return found;
    }
}
