package io.easel.renderer.engine;

import io.easel.plot.FigureErrorKind;

/**
 * Caps the number of elements a document may have before JSVG parses it. JSVG's own default cap (2,000 painted
 * elements) refuses any scatter of a few thousand points; the loader raises it to this budget, and checks the
 * budget here first because JSVG reports a refused document only as a null result and a log line.
 */
final class ElementBudget {
    /** Well above Lets-Plot's own sampling (100k points); a layer with "sampling": "none" may go higher. */
    static final int DEFAULT_MAX_ELEMENTS = 2_000_000;

    private ElementBudget() {
    }

    /** The failure for a figure past the budget, whichever path counted its elements. */
    static RenderException tooMany(int maxElements) {
        return new RenderException(FigureErrorKind.TOO_LARGE, "The figure has more than " + maxElements
                + " SVG elements, more than the renderer draws. Plot fewer points, or let Lets-Plot"
                + " sample the layer (drop \"sampling\": \"none\").");
    }

    /**
     * Counts start tags: in well-formed XML a '<' followed by a letter opens an element, anywhere but inside
     * comments and CDATA, which Lets-Plot does not write (and which could only make the count too high).
     */
    static void check(String svg, int maxElements) throws RenderException {
        int count = 0;
        int at = svg.indexOf('<');
        while (at >= 0 && at + 1 < svg.length()) {
            if (Character.isLetter(svg.charAt(at + 1)) && ++count > maxElements) {
                throw tooMany(maxElements);
            }
            at = svg.indexOf('<', at + 1);
        }
    }
}
