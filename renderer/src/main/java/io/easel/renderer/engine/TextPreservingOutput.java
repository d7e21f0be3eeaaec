package io.easel.renderer.engine;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.github.weisj.jsvg.attributes.font.AWTSVGFont;
import com.github.weisj.jsvg.attributes.font.SVGFont;
import com.github.weisj.jsvg.nodes.text.GlyphRunTextOutput;
import com.github.weisj.jsvg.paint.SVGPaint;
import com.github.weisj.jsvg.paint.impl.AwtSVGPaint;
import com.github.weisj.jsvg.renderer.RenderContext;
import com.github.weisj.jsvg.renderer.impl.context.RenderContextAccessor;
import com.github.weisj.jsvg.renderer.output.Output;
import com.github.weisj.jsvg.renderer.output.TextOutput;

/**
 * A JSVG output for vector targets (the PDF) that writes text as text rather than as glyph outlines, so a
 * figure's title and labels stay searchable and selectable.
 *
 * <p>JSVG lays a text element out first, reporting each run of glyphs with its position through
 * {@link TextOutput}, and then fills the outline of the glyphs, shifted by the text-anchor offset. This output
 * records the runs, and where JSVG fills the outlines it draws the recorded runs with drawString under the
 * transform of that fill, which carries the anchor shift. A text whose fill JSVG never paints (fill="none")
 * draws nothing, as in the SVG. A text the target cannot write (characters outside its font encoding) is
 * left to JSVG's outlines: it looks right but is not searchable.
 */
final class TextPreservingOutput extends FigureOutput {
    private final TextState text;

    private TextPreservingOutput(Graphics2D g, boolean flattensAlpha, TextState text) {
        super(g, flattensAlpha);
        this.text = text;
    }

    /**
     * @param canWrite      whether the target's drawString can write a run faithfully (encoding, escaping)
     * @param flattensAlpha whether translucent paints must be blended onto white (targets without alpha)
     */
    static TextPreservingOutput createFor(Graphics2D g, Predicate<String> canWrite, boolean flattensAlpha) {
        return new TextPreservingOutput(prepare(g), flattensAlpha, new TextState(canWrite));
    }

    @Override
    public TextOutput textOutput() {
        return text;
    }

    @Override
    public void fillShape(Shape shape) {
        if (text.inText && text.writesAsText()) {
            text.drawRunsOnce(graphics(), flattensAlpha());
            return;
        }
        super.fillShape(shape);
    }

    @Override
    public Output createChild() {
        return new TextPreservingOutput((Graphics2D) graphics().create(), flattensAlpha(), text);
    }

    /**
     * Sets the font for drawString. Some writers store whole-point font sizes; a fractional size is drawn as a
     * scaled larger font. The direct painter's PDF text goes through here too.
     */
    static void setFont(Graphics2D g, Font font) {
        float size = font.getSize2D();
        if (size == Math.rint(size) && size >= 1) {
            g.setFont(font);
            return;
        }
        float drawn = 100f;
        g.scale(size / drawn, size / drawn);
        g.setFont(font.deriveFont(drawn));
    }

    /** One run of glyphs set with the font's own advances, starting at glyphTransform. */
    private record GlyphRun(String text, AffineTransform glyphTransform, Font font, Paint paint) {
    }

    /** Shared by an output and its children: JSVG may fill a text's glyphs through a child output. */
    private static final class TextState extends GlyphRunTextOutput {
        private final Predicate<String> canWrite;
        private final List<GlyphRun> runs = new ArrayList<>();
        private boolean inText;
        private Boolean asText;
        private boolean drawn;

        TextState(Predicate<String> canWrite) {
            this.canWrite = canWrite;
        }

        @Override
        protected void onTextStart() {
            runs.clear();
            inText = true;
            asText = null;
            drawn = false;
        }

        @Override
        protected void onTextEnd() {
            runs.clear();
            inText = false;
        }

        @Override
        public void codepoint(String codepoint, AffineTransform glyphTransform, RenderContext context) {
            // JSVG moves one transform along the line; the run keeps its first glyph's, so copy it now.
            super.codepoint(codepoint, new AffineTransform(glyphTransform), context);
        }

        @Override
        protected void glyphRun(String codepoints, AffineTransform glyphTransform, RenderContext context) {
            Paint paint = fillPaint(context);
            if (paint == null) {
                return;
            }
            SVGFont font = RenderContextAccessor.instance().font(context);
            Font awtFont = font instanceof AWTSVGFont awt ? awt.font() : null;
            runs.add(new GlyphRun(codepoints, glyphTransform, awtFont, paint));
        }

        /** Decided once per text element, when JSVG first fills it: all runs writable, or outlines for all. */
        boolean writesAsText() {
            if (asText == null) {
                glyphRunBreak(); // JSVG reports a run's end only when the next begins; the last is still pending
                asText = runs.stream().allMatch(run -> run.font() != null && canWrite.test(run.text()));
            }
            return asText;
        }

        /** Draws under g's transform (with the anchor shift) and composite (which carries fill-opacity). */
        void drawRunsOnce(Graphics2D g, boolean flattensAlpha) {
            if (drawn) {
                return;
            }
            drawn = true;
            for (GlyphRun run : runs) {
                Graphics2D glyphs = (Graphics2D) g.create();
                try {
                    glyphs.transform(run.glyphTransform());
                    setFont(glyphs, run.font());
                    if (flattensAlpha) {
                        glyphs.setPaint(FigureOutput.onWhite(run.paint(), glyphs.getComposite()));
                        glyphs.setComposite(AlphaComposite.SrcOver);
                    } else {
                        glyphs.setPaint(run.paint());
                    }
                    glyphs.drawString(run.text(), 0f, 0f);
                } finally {
                    glyphs.dispose();
                }
            }
        }


        /**
         * The run's fill colour, or null when the text is not filled. Fill-opacity is left out: JSVG applies
         * it to the composite before it fills, and the runs are drawn under that composite.
         */
        private static Paint fillPaint(RenderContext context) {
            SVGPaint paint = context.fillPaint();
            if (paint == null || !paint.isVisible(context) || !(context.fillOpacity() > 0)) {
                return null;
            }
            if (paint instanceof AwtSVGPaint awt && awt.paint() instanceof Color color) {
                return color;
            }
            // Gradient or pattern text fills are rare in plots; keep the colour black rather than lose the text.
            return Color.BLACK;
        }
    }
}
