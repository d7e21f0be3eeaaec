package io.easel.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.GradientPaint;

import org.junit.jupiter.api.Test;

class VectorTextRulesTest {

    @Test
    void pdfTakesPrintableAsciiWithBalancedParentheses() {
        assertTrue(VectorTextRules.pdfCanWrite("Sales (2024) -5%"));
        assertFalse(VectorTextRules.pdfCanWrite("a) b ("));
        assertFalse(VectorTextRules.pdfCanWrite("(open"));
        assertFalse(VectorTextRules.pdfCanWrite("back\\slash"));
        assertFalse(VectorTextRules.pdfCanWrite("Größe"));
        assertFalse(VectorTextRules.pdfCanWrite("−5"));
    }

    @Test
    void epsTakesLatin1() {
        assertTrue(VectorTextRules.epsCanWrite("Größe (µ) a) \\"));
        assertFalse(VectorTextRules.epsCanWrite("≥ 5"));
        assertFalse(VectorTextRules.epsCanWrite("em — dash"));
    }

    @Test
    void translucentColoursAreBlendedOntoWhite() {
        Color half = (Color) FigureOutput.onWhite(new Color(0, 0, 255, 128), AlphaComposite.SrcOver);
        Color faded = (Color) FigureOutput.onWhite(Color.BLACK, AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.25f));

        assertEquals(new Color(127, 127, 255), half);
        assertEquals(new Color(191, 191, 191), faded);
        assertSame(Color.RED, FigureOutput.onWhite(Color.RED, AlphaComposite.SrcOver));
        GradientPaint gradient = new GradientPaint(0, 0, Color.RED, 1, 1, Color.BLUE);
        assertSame(gradient, FigureOutput.onWhite(gradient, AlphaComposite.SrcOver));
    }
}
