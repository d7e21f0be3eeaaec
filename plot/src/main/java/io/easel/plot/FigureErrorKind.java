package io.easel.plot;

import java.util.Locale;

/**
 * Why a figure could not be rendered, said the same way from the renderer's reply to the exception a cell sees: the
 * renderer process, the renderer manager ({@code RenderFailedException.kind()}), the notebook display and
 * {@link FigureExportException#kind()} all use this type. A program can branch on it; the exception's message says
 * what happened and what to do.
 */
public enum FigureErrorKind {
    /** The spec is not a figure the renderer understands; the message carries Lets-Plot's own words. */
    BAD_SPEC,
    /** The figure or its data is over a size limit (pixels, CSS size, JSON bytes, nesting). */
    TOO_LARGE,
    /** A format or option the renderer cannot produce. */
    UNSUPPORTED,
    /** The request's arguments are invalid (size, outputs): a caller's bug rather than a figure's. */
    BAD_REQUEST,
    /** Too many figures are queued in the renderer. */
    OVERLOADED,
    /** The render took longer than the timeout, or the renderer stopped answering and was replaced. */
    TIMEOUT,
    /** The renderer process died while the figure was in flight. */
    CRASHED,
    /** The renderer process could not be started. */
    START_FAILED,
    /** The renderer was stopped (stop, restart, idle timeout) while the figure was in flight. */
    STOPPED,
    /** The renderer manager was closed; no more figures can be rendered through it. */
    CLOSED,
    /** The waiting thread was interrupted. */
    INTERRUPTED,
    /** A fault inside the renderer or the manager; the renderer's log has the details. */
    INTERNAL;

    /** The kind in lower case, as messages and the wire spell it: {@code bad_spec}, {@code start_failed}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
