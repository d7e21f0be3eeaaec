package io.easel.renderer.engine;

/**
 * Which strings each vector writer can put into its file as text without changing them. A string that fails
 * is drawn as glyph outlines instead: it looks the same, it is just not searchable.
 */
final class VectorTextRules {
    private VectorTextRules() {
    }

    /**
     * JFreePDF 2.0.1 writes drawString text as a literal "(...) Tj" without escaping, in US-ASCII (anything else
     * becomes '?'), with the standard 14 fonts. Printable ASCII is safe, except a backslash (an escape) and
     * unbalanced parentheses (they end or break the string).
     */
    static boolean pdfCanWrite(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '\\') {
                return false;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** VectorGraphics2D escapes PostScript strings itself and re-encodes its fonts as ISO Latin-1. */
    static boolean epsCanWrite(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c > 0x7E && c < 0xA0) || c > 0xFF) {
                return false;
            }
        }
        return true;
    }
}
