package io.easel.renderer.engine;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphMetrics;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.Shape;
import java.text.AttributedCharacterIterator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sets text the way JSVG 2.1.0 does, so the direct painter's letters land on the same pixels: the font built from
 * the same attributes (family, float size, AWT weight 1 or 2, width 1, posture), each code point's glyph taken
 * alone from an antialiased, fractional-metrics FontRenderContext (no kerning, no ligatures) and placed at the
 * cursor, which moves by the glyph's advance.
 *
 * <p>Fonts and glyph outlines are kept across renders (building them cost the 1,000-point line more than the rest
 * of its painting); both maps are concurrent and capped, so a spec with a thousand font sizes cannot fill the heap.
 * Outlines are only read after they are made, so threads can share them.
 */
final class SvgTextLayout {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private record FontKey(String family, double size, boolean bold, boolean italic) {
    }

    private record Glyph(Shape outline, float advance) {
    }

    /** Glyph outlines of one run laid out from (originX, originY), and how far the run moved the cursor. */
    record Run(Path2D outline, double advance, Font font, String text, double originX, double originY) {
    }

    private static final int MAX_FONTS = 256;
    private static final int MAX_GLYPHS_PER_FONT = 4096;
    private static final Map<FontKey, Font> FONTS = new ConcurrentHashMap<>();
    private static final Map<Font, Map<String, Glyph>> GLYPHS = new ConcurrentHashMap<>();

    Font font(String family, double size, boolean bold, boolean italic) {
        if (FONTS.size() > MAX_FONTS) {
            FONTS.clear();
            GLYPHS.clear();
        }
        return FONTS.computeIfAbsent(new FontKey(family, size, bold, italic), k -> {
            Map<AttributedCharacterIterator.Attribute, Object> attributes = new HashMap<>();
            attributes.put(TextAttribute.FAMILY, k.family());
            attributes.put(TextAttribute.SIZE, (float) k.size());
            attributes.put(TextAttribute.WEIGHT, k.bold() ? TextAttribute.WEIGHT_BOLD : TextAttribute.WEIGHT_REGULAR);
            attributes.put(TextAttribute.WIDTH, 1f);
            attributes.put(TextAttribute.POSTURE, k.italic() ? TextAttribute.POSTURE_OBLIQUE
                    : TextAttribute.POSTURE_REGULAR);
            return new Font(attributes);
        });
    }

    /** Lays one run out from (x, y) on the baseline. */
    Run layout(String text, Font font, double x, double y) {
        Map<String, Glyph> cache = GLYPHS.computeIfAbsent(font, f -> new ConcurrentHashMap<>());
        Path2D.Float outline = new Path2D.Float();
        float cursor = (float) x;
        float baseline = (float) y;
        AffineTransform at = new AffineTransform();
        int i = 0;
        while (i < text.length()) {
            int end = text.offsetByCodePoints(i, 1);
            String codepoint = text.substring(i, end);
            Glyph glyph = cache.get(codepoint);
            if (glyph == null) {
                glyph = glyph(font, codepoint);
                if (cache.size() < MAX_GLYPHS_PER_FONT) {
                    cache.put(codepoint, glyph);
                }
            }
            at.setToTranslation(cursor, baseline);
            outline.append(glyph.outline().getPathIterator(at), false);
            cursor += glyph.advance();
            i = end;
        }
        return new Run(outline, cursor - (float) x, font, text, x, y);
    }

    private static Glyph glyph(Font font, String codepoint) {
        GlyphVector vector = font.createGlyphVector(FRC, codepoint.toCharArray());
        GlyphMetrics metrics = vector.getGlyphMetrics(0);
        return new Glyph(vector.getOutline(0, 0), metrics.getAdvanceX());
    }

    /**
     * SVG's default white-space handling: newlines dropped, tabs as spaces, runs of spaces as one; a space after a
     * space already set (the end of the previous run) is dropped too.
     */
    static String collapse(String text, boolean afterSpace) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = afterSpace;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                continue;
            }
            if (c == ' ' || c == '\t') {
                if (!space) {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }
}
