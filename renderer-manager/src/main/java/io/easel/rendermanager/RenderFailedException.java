package io.easel.rendermanager;

import io.easel.protocol.ErrorReply;

/**
 * A figure that could not be rendered. {@link #type()} says whose problem it is; the message says what
 * happened and what to do about it.
 */
public final class RenderFailedException extends RuntimeException {
    /** The spec is not a figure the renderer understands. */
    public static final String BAD_SPEC = ErrorReply.BAD_SPEC;
    /** The figure or its data is over a size limit. */
    public static final String TOO_LARGE = ErrorReply.TOO_LARGE;
    /** A format or option the renderer cannot produce. */
    public static final String UNSUPPORTED = ErrorReply.UNSUPPORTED;
    /** A fault inside the renderer. */
    public static final String INTERNAL = ErrorReply.INTERNAL;
    /** The request's arguments are invalid (size, outputs). */
    public static final String BAD_REQUEST = ErrorReply.BAD_REQUEST;
    /** Too many figures are queued in the renderer. */
    public static final String OVERLOADED = ErrorReply.OVERLOADED;
    /** The render took longer than the timeout. */
    public static final String TIMEOUT = ErrorReply.TIMEOUT;
    /** The renderer process died while the figure was in flight. */
    public static final String CRASHED = "crashed";
    /** The renderer process could not be started. */
    public static final String START_FAILED = "start_failed";
    /** The renderer was stopped (stop, restart, idle timeout) while the figure was in flight. */
    public static final String STOPPED = "stopped";
    /** The manager was closed; no more figures can be rendered through it. */
    public static final String CLOSED = "closed";
    /** The waiting thread was interrupted. */
    public static final String INTERRUPTED = "interrupted";

    private final String type;

    public RenderFailedException(String type, String message) {
        super(message);
        this.type = type;
    }

    public RenderFailedException(String type, String message, Throwable cause) {
        super(message, cause);
        this.type = type;
    }

    public String type() {
        return type;
    }

    /** The same failure thrown again in another thread, so the stack trace shows where it surfaced. */
    RenderFailedException rethrown() {
        return new RenderFailedException(type, getMessage(), this);
    }
}
