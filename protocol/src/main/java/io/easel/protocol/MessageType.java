package io.easel.protocol;

import java.util.Optional;

/** What a message asks or answers; the header carries {@link #wireName()}. */
public enum MessageType {
    RENDER("render"),
    RENDER_REPLY("render_reply"),
    ERROR("error"),
    PING("ping"),
    PONG("pong"),
    STATS("stats"),
    STATS_REPLY("stats_reply"),
    SHUTDOWN("shutdown"),
    SHUTDOWN_REPLY("shutdown_reply"),
    /** Withdraws a render request ({@link CancelRequest}); the renderer answers neither it nor the render. */
    CANCEL("cancel");

    private final String wireName;

    MessageType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<MessageType> fromWireName(String name) {
        for (MessageType type : values()) {
            if (type.wireName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
