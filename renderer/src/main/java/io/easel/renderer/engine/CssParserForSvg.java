package io.easel.renderer.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.github.weisj.jsvg.parser.css.CssParser;
import com.github.weisj.jsvg.parser.css.StyleProperty;

/**
 * Parses the CSS in SVG &lt;style&gt; elements (and, through JSVG, style="" attributes) for JSVG.
 *
 * <p>JSVG's own parser drops every rule with a descendant selector, and Lets-Plot scopes all its text
 * styles that way ("#plotId .axis-text-x { font-size: 13px }"), so text came out at JSVG's default font and
 * size. This parser keeps those rules. It reads rule sets and skips at-rules; malformed input loses only the
 * rule it is in.
 */
final class CssParserForSvg implements CssParser {

    @Override
    public CssStyleSheet parse(List<char[]> input) {
        StringBuilder text = new StringBuilder();
        for (char[] part : input) {
            text.append(part);
        }
        return parse(text.toString());
    }

    CssStyleSheet parse(String css) {
        String s = stripComments(css);
        List<CssStyleSheet.Rule> rules = new ArrayList<>();
        int i = 0;
        int order = 0;
        while (i < s.length()) {
            int open = s.indexOf('{', i);
            int semicolon = s.indexOf(';', i);
            if (open < 0) {
                break;
            }
            String prelude = s.substring(i, open).trim();
            if (prelude.startsWith("@") && semicolon >= 0 && semicolon < open) {
                i = semicolon + 1; // statement at-rule such as @import: never fetched
                continue;
            }
            int close = matchingBrace(s, open);
            if (prelude.startsWith("@")) {
                i = close + 1; // block at-rule (@media, @font-face): not applied
                continue;
            }
            List<StyleProperty> normal = new ArrayList<>();
            List<StyleProperty> important = new ArrayList<>();
            readDeclarations(s.substring(open + 1, close), normal, important);
            for (String selectorText : prelude.split(",")) {
                CssSelector selector = CssSelector.parse(selectorText);
                if (selector == null) {
                    continue;
                }
                if (!normal.isEmpty()) {
                    rules.add(new CssStyleSheet.Rule(selector, List.copyOf(normal), false, order));
                }
                if (!important.isEmpty()) {
                    rules.add(new CssStyleSheet.Rule(selector, List.copyOf(important), true, order));
                }
            }
            order++;
            i = close + 1;
        }
        return new CssStyleSheet(rules);
    }

    /** Declarations of one block; later ones come first in each list, since JSVG keeps the first it sees. */
    static void readDeclarations(String block, List<StyleProperty> normal, List<StyleProperty> important) {
        for (String declaration : splitOutsideQuotes(block, ';')) {
            int colon = declaration.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = declaration.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = declaration.substring(colon + 1).trim();
            boolean isImportant = false;
            String lower = value.toLowerCase(Locale.ROOT);
            int bang = lower.lastIndexOf("!important");
            if (bang >= 0 && lower.substring(bang + "!important".length()).isBlank()) {
                isImportant = true;
                value = value.substring(0, bang).trim();
            }
            if (name.isEmpty() || value.isEmpty()) {
                continue;
            }
            if (name.equals(FontFamilyList.PROPERTY)) {
                value = FontFamilyList.normalize(value);
            }
            (isImportant ? important : normal).add(0, new StyleProperty(name, value));
        }
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == separator) {
                parts.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        parts.add(current.toString());
        return parts;
    }

    private static int matchingBrace(String s, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return s.length();
    }

    private static String stripComments(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int i = 0;
        while (i < css.length()) {
            int start = css.indexOf("/*", i);
            if (start < 0) {
                out.append(css, i, css.length());
                break;
            }
            out.append(css, i, start);
            int end = css.indexOf("*/", start + 2);
            i = end < 0 ? css.length() : end + 2;
        }
        return out.toString();
    }
}
