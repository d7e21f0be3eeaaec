package io.easel.renderer.engine;

/**
 * A render that could not produce its outputs. {@link #type()} tells the caller whose fault it was, so the
 * renderer process can put it on the wire and the user sees what to change.
 */
public class RenderException extends Exception {
    /** Lets-Plot refused the spec; the message carries Lets-Plot's own words. */
    public static final String BAD_SPEC = "bad_spec";
    /** The requested size is over a {@link RenderLimits} cap. */
    public static final String TOO_LARGE = "too_large";
    /** The requested output format cannot be produced. */
    public static final String UNSUPPORTED = "unsupported";
    /** A fault inside the engine or a library it uses. */
    public static final String INTERNAL = "internal";

    private final String type;

    public RenderException(String type, String message) {
        super(message);
        this.type = type;
    }

    public RenderException(String type, String message, Throwable cause) {
        super(message, cause);
        this.type = type;
    }

    public String type() {
        return type;
    }
}
