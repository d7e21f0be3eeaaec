package io.easel.rendermanager;

import io.easel.plot.FigureErrorKind;

/**
 * A figure that could not be rendered. {@link #kind()} says whose problem it is; the message says what
 * happened and what to do about it.
 */
public final class RenderFailedException extends RuntimeException {
    private final FigureErrorKind kind;

    public RenderFailedException(FigureErrorKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public RenderFailedException(FigureErrorKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public FigureErrorKind kind() {
        return kind;
    }

    /** The same failure thrown again in another thread, so the stack trace shows where it surfaced. */
    RenderFailedException rethrown() {
        return new RenderFailedException(kind, getMessage(), this);
    }
}
