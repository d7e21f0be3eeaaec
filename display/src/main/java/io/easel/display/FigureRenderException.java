package io.easel.display;

/**
 * A figure could not be shown or exported. The message says what happened and what to do; the kernel, the session's
 * variables and the renderer's next figure are unaffected.
 */
public final class FigureRenderException extends RuntimeException {

    private final String type;

    /**
     * @param type why, in the renderer manager's words: bad_spec, too_large, timeout, crashed, start_failed, ...
     */
    public FigureRenderException(String type, String message) {
        super(message);
        this.type = type;
    }

    /** bad_spec, too_large, timeout, crashed, start_failed, stopped, interrupted, ... */
    public String type() {
        return type;
    }
}
