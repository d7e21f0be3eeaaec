package io.easel.rendermanager;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.spi.RenderFailure;

import java.util.concurrent.CompletionException;

/**
 * A figure that could not be rendered. {@link #kind()} says whose problem it is; the message says what
 * happened and what to do about it.
 */
public final class RenderFailedException extends RuntimeException implements RenderFailure {
    private final FigureErrorKind kind;

    public RenderFailedException(FigureErrorKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public RenderFailedException(FigureErrorKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    @Override
    public FigureErrorKind kind() {
        return kind;
    }

    /** A failure as it comes out of a future: unwrapped, and anything that is not one of ours reported as internal. */
    static RenderFailedException from(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof RenderFailedException r) {
            return r;
        }
        return new RenderFailedException(FigureErrorKind.INTERNAL, "Rendering failed: " + cause, cause);
    }

    /** The same failure thrown again in another thread, so the stack trace shows where it surfaced. */
    RenderFailedException rethrown() {
        return new RenderFailedException(kind, getMessage(), this);
    }
}
