package io.easel.renderer.engine;

import java.util.ArrayDeque;
import java.util.Deque;

import com.github.weisj.jsvg.parser.DomElement;

/**
 * Tidies font-family lists for JSVG. JSVG 2.1.0 splits "Lucida Grande, sans-serif" at the comma but keeps the
 * space, so " sans-serif" matches no font and the text falls back to its default, Serif. Lets-Plot writes
 * exactly that list (Lucida Grande is rarely installed), so without this every label came out serif.
 */
final class FontFamilyList {
    static final String PROPERTY = "font-family";

    private FontFamilyList() {
    }

    /** "A, 'B C' ,sans-serif" becomes "A,'B C',sans-serif": no blanks around the separating commas. */
    static String normalize(String families) {
        StringBuilder out = new StringBuilder(families.length());
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
        return out.toString();
    }

    private static void append(StringBuilder out, StringBuilder family) {
        String name = family.toString().trim();
        family.setLength(0);
        if (name.isEmpty()) {
            return;
        }
        if (out.length() > 0) {
            out.append(',');
        }
        out.append(name);
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
