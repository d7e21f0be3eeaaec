package io.easel.protocol;

import java.util.Objects;

/**
 * The envelope of every message.
 *
 * @param id            chosen by the requester; a reply carries the id of its request
 * @param type          what the message is
 * @param protocol      {@link #PROTOCOL_VERSION} of the sender
 * @param timeoutMillis how long the requester will wait; the renderer gives up on the work after it (0: no limit)
 */
public record MessageHeader(String id, MessageType type, int protocol, long timeoutMillis) {
    public static final int PROTOCOL_VERSION = 2;

    public MessageHeader {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeoutMillis must not be negative, got " + timeoutMillis);
        }
    }

    public static MessageHeader of(String id, MessageType type) {
        return new MessageHeader(id, type, PROTOCOL_VERSION, 0);
    }

    public static MessageHeader of(String id, MessageType type, long timeoutMillis) {
        return new MessageHeader(id, type, PROTOCOL_VERSION, timeoutMillis);
    }
}
