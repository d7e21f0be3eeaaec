package io.easel.protocol;

import io.easel.plot.FigureErrorKind;

/**
 * A message that cannot be built or read. {@link #kind()} says why, so a renderer can pass the problem back to
 * the caller unchanged in an {@link ErrorReply}.
 */
public class ProtocolException extends Exception {
    private final FigureErrorKind kind;

    public ProtocolException(FigureErrorKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ProtocolException(FigureErrorKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public FigureErrorKind kind() {
        return kind;
    }
}
