package io.easel.kernel.replies;

import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.messages.ContentType;
import org.dflib.jjava.jupyter.messages.MessageType;

import java.util.ArrayList;
import java.util.List;

/**
 * A history_reply in the shape the Jupyter protocol defines: a list of (session, line, input) or
 * (session, line, (input, output)) tuples. JJava 1.0-a6 serialises its own reply as objects, which clients cannot read.
 */
public final class HistoryTupleReply implements ContentType<HistoryTupleReply> {

    @SuppressWarnings("unused") // serialised by Gson
    private final String status = "ok";
    private final List<List<Object>> history = new ArrayList<>();

    public HistoryTupleReply(List<HistoryEntry> entries) {
        for (HistoryEntry e : entries) {
            Object io = e.hasOutput() ? List.of(e.getInput(), e.getOutput()) : e.getInput();
            history.add(List.of(e.getSession(), e.getCellNumber(), io));
        }
    }

    @Override
    public MessageType<HistoryTupleReply> getType() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        MessageType<HistoryTupleReply> type = (MessageType) MessageType.HISTORY_REPLY;
        return type;
    }
}
