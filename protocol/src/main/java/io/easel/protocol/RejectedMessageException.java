package io.easel.protocol;

/**
 * A message dropped on arrival. Unsigned and mis-signed messages are never answered (the sender may be
 * anyone on the machine), only counted; {@link Reason#MALFORMED} ones come from a peer holding the key
 * but speaking a different protocol.
 */
public class RejectedMessageException extends Exception {
    public enum Reason { UNSIGNED, BAD_SIGNATURE, MALFORMED }

    private final Reason reason;

    public RejectedMessageException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** True for messages that failed authentication rather than parsing. */
    public boolean isUnauthenticated() {
        return reason != Reason.MALFORMED;
    }
}
