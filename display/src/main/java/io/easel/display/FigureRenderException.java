package io.easel.display;

import io.easel.plot.FigureErrorKind;

/**
 * A figure could not be shown or exported. The message says what happened and what to do; the kernel, the session's
 * variables and the renderer's next figure are unaffected.
 */
public final class FigureRenderException extends RuntimeException {

    private final FigureErrorKind kind;

    public FigureRenderException(FigureErrorKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** Why, in the words the renderer and its manager use. */
    public FigureErrorKind kind() {
        return kind;
    }
}
