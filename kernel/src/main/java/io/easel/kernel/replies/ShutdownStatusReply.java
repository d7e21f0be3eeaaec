package io.easel.kernel.replies;

import org.dflib.jjava.jupyter.messages.ContentType;
import org.dflib.jjava.jupyter.messages.MessageType;

/** A shutdown_reply with the "status" field every reply must carry (JJava 1.0-a6 leaves it out). */
public final class ShutdownStatusReply implements ContentType<ShutdownStatusReply> {

    @SuppressWarnings("unused") // serialised by Gson
    private final String status = "ok";
    @SuppressWarnings("unused")
    private final boolean restart;

    public ShutdownStatusReply(boolean restart) {
        this.restart = restart;
    }

    @Override
    public MessageType<ShutdownStatusReply> getType() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        MessageType<ShutdownStatusReply> type = (MessageType) MessageType.SHUTDOWN_REPLY;
        return type;
    }
}
