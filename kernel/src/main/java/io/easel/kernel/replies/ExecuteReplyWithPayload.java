package io.easel.kernel.replies;

import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;

import java.util.List;
import java.util.Map;

/**
 * An execute_reply with payloads, which JJava's has no field for: the pager ({@code "source": "page"}, what
 * {@code name?} shows) and the console's exit ({@code "source": "ask_exit"}), as IPython sends them.
 */
public final class ExecuteReplyWithPayload extends ExecuteReply {

    @SuppressWarnings("unused") // serialised by Gson
    private final List<Map<String, Object>> payload;

    private ExecuteReplyWithPayload(int executionCount, Map<String, Object> payload) {
        super(executionCount, Map.of()); // the one-argument constructor makes an error reply
        this.payload = List.of(payload);
    }

    /** Shows text in the front end's pager. */
    public static ExecuteReplyWithPayload page(int executionCount, String text) {
        return page(executionCount, Map.of("text/plain", text));
    }

    /**
     * Shows a MIME bundle in the front end's pager: the notebook's pager shows {@code text/html} when there is one,
     * consoles {@code text/plain}, which the bundle must have.
     */
    public static ExecuteReplyWithPayload page(int executionCount, Map<String, String> data) {
        if (!data.containsKey("text/plain")) {
            throw new IllegalArgumentException("A pager payload needs text/plain, which consoles show: " + data.keySet());
        }
        return new ExecuteReplyWithPayload(executionCount, Map.of("source", "page", "data", Map.copyOf(data),
                "start", 0));
    }

    /** Asks a console to end, as IPython's {@code exit} does; the kernel is shut down with it. */
    public static ExecuteReplyWithPayload askExit(int executionCount) {
        return new ExecuteReplyWithPayload(executionCount, Map.of("source", "ask_exit", "keepkernel", false));
    }
}
