package io.easel.protocol;

import java.util.List;

/** The renderer's answer to a ping: it is alive, who it is, and how long it has run. */
public record Pong(long pid, long uptimeMillis, int protocol) {
    public Message toMessage(String id, Json json) {
        return new Message(MessageHeader.of(id, MessageType.PONG), json.write(this), List.of());
    }

    public static Pong fromMessage(Message message, Json json) throws ProtocolException {
        return json.read(message.content(), Pong.class, "pong");
    }
}
