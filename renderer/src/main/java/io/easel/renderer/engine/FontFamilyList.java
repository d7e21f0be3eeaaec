package io.easel.renderer.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.github.weisj.jsvg.parser.DomElement;

/**
 * Turns font-family lists into the one family JSVG draws with ({@link FontFaces#resolve}). JSVG 2.1.0 splits
 * "Lucida Grande, sans-serif" at the comma but keeps the space, so " sans-serif" matched no font and the text fell
 * back to JSVG's default, Serif; and any family the machine lacks (Arial, Helvetica) fell back to Serif as well.
 * Lets-Plot writes exactly that list (Lucida Grande is rarely installed). Resolving the list here gives every
 * raster and vector output the same face, DejaVu Sans by default.
 */
final class FontFamilyList {
    static final String PROPERTY = "font-family";

    private FontFamilyList() {
    }

    /** "Lucida Grande, sans-serif" becomes "DejaVu Sans"; "Courier New" becomes "DejaVu Sans Mono". */
    static String normalize(String families) {
        return FontFaces.resolve(split(families));
    }

    /** "A, 'B C' ,sans-serif" becomes [A, 'B C', sans-serif]: split outside quotes, blanks around names dropped. */
    static List<String> split(String families) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < families.length(); i++) {
            char c = families.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ',') {
                append(out, current);
                continue;
            }
            current.append(c);
        }
        append(out, current);
        return out;
    }

    private static void append(List<String> out, StringBuilder family) {
        String name = family.toString().trim();
        family.setLength(0);
        if (!name.isEmpty()) {
            out.add(name);
        }
    }

    /** Normalises font-family presentation attributes in the whole tree (the CSS ones are done when parsed). */
    static void normalizeAttributes(DomElement root) {
        Deque<DomElement> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            DomElement element = pending.pop();
            String families = element.attribute(PROPERTY);
            if (families != null) {
                element.setAttribute(PROPERTY, normalize(families));
            }
            for (DomElement child : element.children()) {
                pending.push(child);
            }
        }
    }
}
