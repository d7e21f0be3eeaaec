package io.easel.renderer.engine;

import io.easel.plot.FigureErrorKind;

/**
 * A render that could not produce its outputs. {@link #kind()} tells the caller whose fault it was, so the
 * renderer process can put it on the wire and the user sees what to change.
 */
public class RenderException extends Exception {
    private final FigureErrorKind kind;

    public RenderException(FigureErrorKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public RenderException(FigureErrorKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public FigureErrorKind kind() {
        return kind;
    }
}
