package io.easel.renderer.engine;

/**
 * The direct painter met an element, attribute or value it does not draw exactly as the JSVG path does. Not an
 * error of the figure: the engine paints that figure through SVG text and JSVG instead ({@link RenderEngine}).
 */
final class UnsupportedSvgException extends Exception {
    UnsupportedSvgException(String what) {
        super(what, null, false, false);
    }
}
