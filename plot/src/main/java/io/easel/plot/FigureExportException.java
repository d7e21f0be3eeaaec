package io.easel.plot;

/**
 * Rendering a figure to a file format failed; the message says why and the cause holds the renderer's error.
 * Failures the renderer reports unchecked pass through {@link Figure#toBytes} unchanged and carry the same
 * {@link FigureErrorKind}; this exception wraps the rest.
 */
public final class FigureExportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final FigureErrorKind kind;

    FigureExportException(FigureErrorKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** Why the export failed. */
    public FigureErrorKind kind() {
        return kind;
    }
}
