package io.easel.renderer.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Replaces the random element ids Lets-Plot draws for every render (clip paths, the plot root that its CSS
 * rules are scoped to) with stable ones, so one spec always gives the same SVG bytes.
 *
 * <p>New ids are a content hash plus the id's order of appearance. The hash is taken over the SVG with the
 * ids left out, so it is stable for one spec, yet two different figures inlined into one notebook page
 * (Jupyter puts SVG straight into the HTML DOM) do not share ids and cannot steal each other's clip paths
 * or CSS rules.
 *
 * <p>Ids are found where XML declares them ({@code id="..."} after whitespace) and referenced where SVG and
 * CSS refer to them ({@code #name}: url(#x), href="#x", "#x .class"); a {@code #name} that is not a declared
 * id, such as a colour, is left alone. Plain scanning rather than regular expressions, because a 100k-point
 * scatter is a 17 MB string.
 */
final class DeterministicIds {
    private static final String DECLARATION = "id=\"";
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private DeterministicIds() {
    }

    static String rewrite(String svg) {
        List<int[]> declarations = declarations(svg);
        if (declarations.isEmpty()) {
            return svg;
        }
        Map<String, String> renamed = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (int[] span : declarations) {
            String id = svg.substring(span[0], span[1]);
            if (renamed.putIfAbsent(id, "") == null) {
                order.add(id);
            }
        }
        List<int[]> spans = withReferences(svg, declarations, renamed);
        String prefix = "p" + contentHash(svg, spans);
        for (int i = 0; i < order.size(); i++) {
            renamed.put(order.get(i), prefix + "-" + i);
        }
        StringBuilder out = new StringBuilder(svg.length() + 16 * spans.size());
        int last = 0;
        for (int[] span : spans) {
            out.append(svg, last, span[0]).append(renamed.get(svg.substring(span[0], span[1])));
            last = span[1];
        }
        return out.append(svg, last, svg.length()).toString();
    }

    /** Spans of the values of id="..." attributes, in text order. */
    private static List<int[]> declarations(String svg) {
        List<int[]> spans = new ArrayList<>();
        int at = svg.indexOf(DECLARATION);
        while (at >= 0) {
            int start = at + DECLARATION.length();
            int end = svg.indexOf('"', start);
            if (end < 0) {
                break;
            }
            if (at > 0 && Character.isWhitespace(svg.charAt(at - 1)) && end > start
                    && svg.substring(start, end).indexOf('<') < 0) {
                spans.add(new int[] {start, end});
            }
            at = svg.indexOf(DECLARATION, end);
        }
        return spans;
    }

    /** The declarations merged, in text order, with every #name that names a declared id. */
    private static List<int[]> withReferences(String svg, List<int[]> declarations, Map<String, String> ids) {
        List<int[]> spans = new ArrayList<>(declarations.size() * 3);
        int next = 0;
        int at = svg.indexOf('#');
        while (at >= 0) {
            int start = at + 1;
            int end = start;
            while (end < svg.length() && isNameChar(svg.charAt(end))) {
                end++;
            }
            if (end > start && ids.containsKey(svg.substring(start, end))) {
                while (next < declarations.size() && declarations.get(next)[0] < start) {
                    spans.add(declarations.get(next++));
                }
                boolean insideDeclaration = !spans.isEmpty() && spans.get(spans.size() - 1)[1] > start;
                if (!insideDeclaration) {
                    spans.add(new int[] {start, end});
                }
            }
            at = svg.indexOf('#', Math.max(end, start));
        }
        while (next < declarations.size()) {
            spans.add(declarations.get(next++));
        }
        return spans;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }

    /**
     * FNV-1a (64 bit) over the text between the spans, with a marker where each span was; ten hex digits of
     * it. A fingerprint, not a security measure: cheap enough for a 17 MB SVG, and two figures of one notebook
     * sharing a prefix by chance is a one in a trillion event.
     */
    private static String contentHash(String svg, List<int[]> spans) {
        long hash = FNV_OFFSET;
        int last = 0;
        for (int[] span : spans) {
            hash = update(hash, svg, last, span[0]);
            hash = (hash ^ 0xFFFF) * FNV_PRIME;
            last = span[1];
        }
        hash = update(hash, svg, last, svg.length());
        return String.format(Locale.ROOT, "%010x", hash >>> 24);
    }

    private static long update(long hash, String text, int from, int to) {
        long h = hash;
        for (int i = from; i < to; i++) {
            h = (h ^ text.charAt(i)) * FNV_PRIME;
        }
        return h;
    }
}
