package io.easel.renderer.engine;

import io.easel.plot.FigureErrorKind;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Last checks on the SVG before it is published (sent as the SVG output, or drawn into the others). The
 * SVG lands in a notebook, where every later viewer's browser loads it; nothing in it may make that
 * browser fetch anything.
 * <ul>
 *   <li>{@code href}/{@code xlink:href} that are neither a reference inside the document ({@code #id}) nor
 *       an embedded image ({@code data:image/...}) are removed: an image layer naming
 *       {@code http://...} would otherwise be fetched by every viewer.</li>
 *   <li>CSS (the {@code <style>} block and {@code style} attributes) that holds an at-rule, a
 *       {@code url(} or another loading function, an escape or a comment is refused. Lets-Plot itself
 *       writes none of these; they can only come from a spec text copied into CSS that {@link SpecText}
 *       did not catch.</li>
 * </ul>
 */
final class PublishedSvg {
    private static final Pattern HREF = Pattern.compile("\\s(?:xlink:)?href\\s*=\\s*(\"[^\"]*\"|'[^']*')");
    private static final Pattern KEPT_HREF = Pattern.compile("(?i)#.*|data:image/(png|jpeg|jpg|gif|webp|bmp)[;,].*",
            Pattern.DOTALL);
    private static final Pattern STYLE_ELEMENT = Pattern.compile("(?s)<style[^>]*>(.*?)</style>");
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\sstyle\\s*=\\s*(\"[^\"]*\"|'[^']*')");
    private static final String[] FORBIDDEN_CSS = {"@", "\\", "/*", "url(", "image(", "image-set(", "src(",
            "expression(", "javascript:", "<", "&#"};

    private PublishedSvg() {
    }

    /** Where each pattern's match begins, counted back from its keyword (whitespace, and "xlink:" for href). */
    private static final int[] HREF_STARTS = {1 + "xlink:".length(), 1};
    private static final int[] STYLE_ATTRIBUTE_STARTS = {1};
    private static final int[] STYLE_ELEMENT_STARTS = {0};

    static String clean(String svg) throws RenderException {
        checkCss(STYLE_ELEMENT.matcher(svg), svg, "<style", STYLE_ELEMENT_STARTS, "the figure's style sheet");
        checkCss(STYLE_ATTRIBUTE.matcher(svg), svg, "style", STYLE_ATTRIBUTE_STARTS, "a style attribute");
        return stripExternalReferences(svg);
    }

    /**
     * Matcher.find from {@code from}, trying the pattern only where its keyword occurs: each pattern starts with a
     * fixed distance before its keyword, and running the regex at every position of a 100k-point scatter's 16 MB
     * took a third of a second. The matches found are the ones find() finds.
     */
    private static boolean findAt(Matcher matcher, String text, String keyword, int[] starts, int from) {
        int at = text.indexOf(keyword, from);
        while (at >= 0) {
            for (int back : starts) {
                int start = at - back;
                if (start >= from) {
                    matcher.region(start, text.length());
                    if (matcher.lookingAt()) {
                        return true;
                    }
                }
            }
            at = text.indexOf(keyword, at + 1);
        }
        return false;
    }

    static String stripExternalReferences(String svg) {
        Matcher href = HREF.matcher(svg);
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        while (findAt(href, svg, "href", HREF_STARTS, from)) {
            from = href.end();
            String quoted = href.group(1);
            if (KEPT_HREF.matcher(quoted.substring(1, quoted.length() - 1).trim()).matches()) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(svg.length());
            }
            out.append(svg, copied, href.start());
            copied = href.end();
        }
        if (out == null) {
            return svg;
        }
        return out.append(svg, copied, svg.length()).toString();
    }

    private static void checkCss(Matcher css, String svg, String keyword, int[] starts, String where)
            throws RenderException {
        int from = 0;
        while (findAt(css, svg, keyword, starts, from)) {
            from = css.end();
            checkCss(css.group(1), where);
        }
    }

    /** The same check on CSS taken from the DOM (the direct painter's style sheet and style attributes). */
    static void checkCss(String css, String where) throws RenderException {
        String text = css.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        for (String forbidden : FORBIDDEN_CSS) {
            if (text.contains(forbidden)) {
                throw new RenderException(FigureErrorKind.BAD_SPEC, "A text from the spec reached " + where
                        + " with '" + forbidden + "' in it, which could make a viewer of the notebook load "
                        + "something from elsewhere; the figure is refused. Look for CSS in the spec's font "
                        + "families and other theme texts and remove it.");
            }
        }
    }
}
