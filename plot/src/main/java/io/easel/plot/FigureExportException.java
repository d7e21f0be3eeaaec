package io.easel.plot;

/** Rendering a figure to a file format failed; the message says why and the cause holds the renderer's error. */
public final class FigureExportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    FigureExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
