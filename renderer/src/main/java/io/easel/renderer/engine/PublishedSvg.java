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

    static String clean(String svg) throws RenderException {
        checkCss(STYLE_ELEMENT.matcher(svg), "the figure's style sheet");
        checkCss(STYLE_ATTRIBUTE.matcher(svg), "a style attribute");
        return stripExternalReferences(svg);
    }

    static String stripExternalReferences(String svg) {
        Matcher href = HREF.matcher(svg);
        StringBuilder out = null;
        int copied = 0;
        while (href.find()) {
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

    private static void checkCss(Matcher css, String where) throws RenderException {
        while (css.find()) {
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
