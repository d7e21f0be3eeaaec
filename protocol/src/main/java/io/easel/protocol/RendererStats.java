package io.easel.protocol;

import java.util.List;

/**
 * Counters the renderer keeps about itself.
 *
 * @param renders           renders that produced images
 * @param errors            renders answered with an error (timeouts included)
 * @param timeouts          renders abandoned at their timeout
 * @param cancelled         renders the manager withdrew with a cancel message (not counted as errors)
 * @param droppedMessages   unsigned or mis-signed messages ignored
 * @param malformedMessages signed messages that could not be read
 * @param rssBytes          resident set size from /proc/self/status (0 where unavailable)
 * @param inFlight          requests received and not yet answered
 * @param refusedConnections connections refused: a CURVE client key other than the manager's, or no message within
 *                           2 s of connecting, or too many such connections at once
 */
public record RendererStats(long pid, long uptimeMillis, long renders, long errors, long timeouts,
                            long cancelled, long droppedMessages, long malformedMessages, long rssBytes, long heapUsedBytes,
                            long heapMaxBytes, int workers, int inFlight, long refusedConnections) {
    public Message toMessage(String id, Json json) {
        return new Message(MessageHeader.of(id, MessageType.STATS_REPLY), json.write(this), List.of());
    }

    public static RendererStats fromMessage(Message message, Json json) throws ProtocolException {
        return json.read(message.content(), RendererStats.class, "stats reply");
    }
}
