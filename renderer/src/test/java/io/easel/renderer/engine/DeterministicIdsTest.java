package io.easel.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class DeterministicIdsTest {
    private static final String TEMPLATE = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
            <style>#%1$s .title { fill: #ffffff; }</style>
            <g id="%1$s"><defs><clipPath id="%2$s"><rect width="5" height="5"/></clipPath></defs>
            <g clip-path="url(#%2$s)"><use xlink:href="#%2$s" href="#%2$s"/></g>
            <text class="title">Issue #%3$s stays</text></g></svg>
            """;

    @Test
    void sameContentWithDifferentRandomIdsGivesTheSameText() {
        String first = DeterministicIds.rewrite(TEMPLATE.formatted("a81Kx", "c0Zq7", "nothere"));
        String second = DeterministicIds.rewrite(TEMPLATE.formatted("Qw3rt", "y7Uio", "nothere"));

        assertEquals(first, second);
        assertFalse(first.contains("a81Kx"));
        assertFalse(second.contains("y7Uio"));
    }

    @Test
    void renamesDeclarationsAndEveryKindOfReferenceConsistently() {
        String out = DeterministicIds.rewrite(TEMPLATE.formatted("a81Kx", "c0Zq7", "nothere"));

        Matcher ids = Pattern.compile("id=\"([^\"]+)\"").matcher(out);
        assertTrue(ids.find());
        String root = ids.group(1);
        assertTrue(ids.find());
        String clip = ids.group(1);
        assertTrue(root.endsWith("-0"), root);
        assertTrue(clip.endsWith("-1"), clip);
        assertTrue(out.contains("#" + root + " .title"), "CSS scope not renamed");
        assertTrue(out.contains("url(#" + clip + ")"), "url() reference not renamed");
        assertTrue(out.contains("xlink:href=\"#" + clip + "\""), "xlink:href not renamed");
        assertTrue(out.contains(" href=\"#" + clip + "\""), "href not renamed");
    }

    @Test
    void leavesColoursLongerNamesAndUndeclaredHashesAlone() {
        String out = DeterministicIds.rewrite(TEMPLATE.formatted("a81Kx", "c0Zq7", "nothere")
                .replace("</style>", " #a81KxX .other { }</style>"));

        assertTrue(out.contains("fill: #ffffff"));
        assertTrue(out.contains("#a81KxX .other"), "a longer name that merely starts with an id was renamed");
        assertTrue(out.contains("Issue #nothere stays"));
    }

    @Test
    void differentContentGetsDifferentIds() {
        String one = DeterministicIds.rewrite(TEMPLATE.formatted("a81Kx", "c0Zq7", "one"));
        String two = DeterministicIds.rewrite(TEMPLATE.formatted("a81Kx", "c0Zq7", "two"));

        Matcher first = Pattern.compile("id=\"([^\"]+)\"").matcher(one);
        Matcher second = Pattern.compile("id=\"([^\"]+)\"").matcher(two);
        assertTrue(first.find() && second.find());
        assertNotEquals(first.group(1), second.group(1));
    }

    @Test
    void onlyRealIdAttributesAreDeclarations() {
        String svg = "<svg><g data-id=\"keep\" id=\"r4nd\"><use href=\"#keep\"/><use href=\"#r4nd\"/></g></svg>";

        String out = DeterministicIds.rewrite(svg);

        assertTrue(out.contains("data-id=\"keep\""), out);
        assertTrue(out.contains("href=\"#keep\""), out);
        assertFalse(out.contains("r4nd"), out);
    }

    @Test
    void svgWithoutIdsIsReturnedUnchanged() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect fill=\"#abcdef\"/></svg>";

        assertEquals(svg, DeterministicIds.rewrite(svg));
    }
}
