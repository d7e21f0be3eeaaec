package io.easel.protocol;

import io.easel.plot.FigureErrorKind;

import java.util.List;
import java.util.Map;

/**
 * Withdraws a render request that nobody waits for any more (its future was cancelled, its cell interrupted), so
 * the renderer stops working on it and frees the worker. The renderer sends nothing back, neither for the cancel nor
 * for the withdrawn render; a cancel for an id it does not know (already answered) is ignored.
 *
 * @param requestId the id of the render request to withdraw
 */
public record CancelRequest(String requestId) {
    public CancelRequest {
        if (requestId == null || requestId.isEmpty()) {
            throw new IllegalArgumentException("A cancel names the id of the render it withdraws; got none.");
        }
    }

    /** The cancel as a message of its own id, so it is signed and logged like any other. */
    public Message toMessage(String id, Json json) {
        return new Message(MessageHeader.of(id, MessageType.CANCEL), json.write(Map.of("requestId", requestId)),
                List.of());
    }

    public static CancelRequest fromMessage(Message message, Json json) throws ProtocolException {
        Map<String, Object> content = json.readObject(message.content(), "cancel request");
        if (!(content.get("requestId") instanceof String requestId) || requestId.isEmpty()) {
            throw new ProtocolException(FigureErrorKind.BAD_REQUEST,
                    "The cancel request " + message.id() + " names no requestId; it withdraws nothing.");
        }
        return new CancelRequest(requestId);
    }
}
