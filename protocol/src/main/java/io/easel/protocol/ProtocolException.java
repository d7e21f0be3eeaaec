package io.easel.protocol;

/**
 * A message that cannot be built or read. {@link #type()} is one of the {@link ErrorReply} types, so a
 * renderer can pass the problem back to the caller unchanged.
 */
public class ProtocolException extends Exception {
    private final String type;

    public ProtocolException(String type, String message) {
        super(message);
        this.type = type;
    }

    public ProtocolException(String type, String message, Throwable cause) {
        super(message, cause);
        this.type = type;
    }

    public String type() {
        return type;
    }
}
