package io.easel.protocol;

import io.easel.plot.FigureErrorKind;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a request that failed: a kind a program can branch on and a message a person can act on. The wire
 * carries the kind's name; a name this side does not know (a newer renderer's) reads as
 * {@link FigureErrorKind#INTERNAL}.
 */
public record ErrorReply(FigureErrorKind kind, String message) {
    public ErrorReply {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    public Message toMessage(String id, Json json) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("type", WireNames.of(kind));
        content.put("message", message);
        return new Message(MessageHeader.of(id, MessageType.ERROR), json.write(content), java.util.List.of());
    }

    public static ErrorReply fromMessage(Message message, Json json) throws ProtocolException {
        Map<String, Object> content = json.readObject(message.content(), "error reply");
        Object type = content.get("type");
        Object text = content.get("message");
        if (!(type instanceof String) || !(text instanceof String)) {
            throw new ProtocolException(FigureErrorKind.BAD_REQUEST, "error reply lacks a type or a message");
        }
        return new ErrorReply(WireNames.kind((String) type), (String) text);
    }
}
