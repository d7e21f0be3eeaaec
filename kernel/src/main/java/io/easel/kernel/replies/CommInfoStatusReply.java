package io.easel.kernel.replies;

import org.dflib.jjava.jupyter.messages.reply.CommInfoReply;

import java.util.Map;

/** A comm_info_reply with the "status" field every reply must carry (JJava 1.0-a6 leaves it out). */
public final class CommInfoStatusReply extends CommInfoReply {

    @SuppressWarnings("unused") // serialised by Gson
    private final String status = "ok";

    public CommInfoStatusReply(Map<String, CommInfo> comms) {
        super(comms);
    }
}
