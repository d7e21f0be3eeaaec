package io.easel.protocol;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a request that failed: a type a program can branch on and a message a person can act on.
 */
public record ErrorReply(String type, String message) {
    /** The spec is not a figure the renderer understands; the message names the problem. */
    public static final String BAD_SPEC = "bad_spec";
    /** The figure or the request is over a size limit. */
    public static final String TOO_LARGE = "too_large";
    /** An output format or option the renderer cannot produce. */
    public static final String UNSUPPORTED = "unsupported";
    /** A fault inside the renderer; its log has the details. */
    public static final String INTERNAL = "internal";
    /** The render took longer than the request's timeout. */
    public static final String TIMEOUT = "timeout";
    /** The request itself is not well formed (a client bug, not a figure problem). */
    public static final String BAD_REQUEST = "bad_request";
    /** Too many requests are waiting in the renderer. */
    public static final String OVERLOADED = "overloaded";

    public ErrorReply {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
    }

    public Message toMessage(String id, Json json) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("type", type);
        content.put("message", message);
        return new Message(MessageHeader.of(id, MessageType.ERROR), json.write(content), java.util.List.of());
    }

    public static ErrorReply fromMessage(Message message, Json json) throws ProtocolException {
        Map<String, Object> content = json.readObject(message.content(), "error reply");
        Object type = content.get("type");
        Object text = content.get("message");
        if (!(type instanceof String) || !(text instanceof String)) {
            throw new ProtocolException(BAD_REQUEST, "error reply lacks a type or a message");
        }
        return new ErrorReply((String) type, (String) text);
    }
}
