package io.easel.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.github.weisj.jsvg.parser.css.StyleProperty;

class CssParserForSvgTest {
    private final CssParserForSvg parser = new CssParserForSvg();

    @Test
    void keepsDescendantRulesThatJsvgDrops() {
        CssStyleSheet sheet = parser.parse("#p1 .plot-title { fill: #474747; font-size: 16.0px; }");

        assertEquals(1, sheet.rules().size());
        CssStyleSheet.Rule rule = sheet.rules().get(0);
        assertEquals(2, rule.selector().compounds().size());
        assertEquals(List.of("p1"), rule.selector().compounds().get(0).ids());
        assertEquals(List.of("plot-title"), rule.selector().compounds().get(1).classes());
        assertEquals(List.of(new StyleProperty("font-size", "16.0px"), new StyleProperty("fill", "#474747")),
                rule.declarations());
    }

    @Test
    void ordersRulesStrongestFirst() {
        CssStyleSheet sheet = parser.parse(".a { x: 1 } text { x: 2 } #i { x: 3 } .b { x: 4 } .c { x: 5 !important }");

        assertEquals(List.of("5", "3", "4", "1", "2"),
                sheet.rules().stream().map(r -> r.declarations().get(0).value()).toList());
    }

    @Test
    void splitsSelectorListsAndSkipsCommentsAndAtRules() {
        CssStyleSheet sheet = parser.parse("""
                /* a comment with { braces } */
                @import url("http://example.com/x.css");
                @font-face { font-family: X; src: url(file:///etc/passwd); }
                .a, .b { fill: red }
                """);

        assertEquals(Set.of(List.of("a"), List.of("b")), sheet.rules().stream()
                .map(r -> r.selector().compounds().get(0).classes()).collect(Collectors.toSet()));
        assertEquals(List.of(new StyleProperty("fill", "red")), sheet.rules().get(0).declarations());
    }

    @Test
    void aMalformedRuleLosesOnlyItself() {
        CssStyleSheet sheet = parser.parse(".ok1 { fill: red } .bad[x] { fill: blue } .ok2 { stroke : none ; ; junk }");

        assertEquals(2, sheet.rules().size());
        assertEquals(List.of(new StyleProperty("stroke", "none")), sheet.rules().get(0).declarations());
    }

    @Test
    void unsupportedSelectorsMatchNothing() {
        assertNull(CssSelector.parse("a:hover"));
        assertNull(CssSelector.parse("a + b"));
        assertNull(CssSelector.parse("[fill]"));
        assertNull(CssSelector.parse(""));
    }

    @Test
    void resolvesFontFamilyListsToTheFaceDrawn() {
        CssStyleSheet sheet = parser.parse(".t { font-family: Lucida Grande , 'DejaVu Sans Mono', sans-serif; }");

        assertEquals("DejaVu Sans Mono", sheet.rules().get(0).declarations().get(0).value());
        assertEquals(List.of("\"A, B\"", "serif"), FontFamilyList.split(" \"A, B\" ,  serif ,"));
        assertEquals("DejaVu Serif", FontFamilyList.normalize(" \"A, B\" ,  serif ,"));
    }
}
