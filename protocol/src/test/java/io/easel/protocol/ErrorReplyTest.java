package io.easel.protocol;

import io.easel.plot.FigureErrorKind;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ErrorReplyTest {
    private final Json json = Json.withDefaults();

    @Test
    void everyKindTravelsByItsLowerCaseName() throws Exception {
        for (FigureErrorKind kind : FigureErrorKind.values()) {
            Message message = new ErrorReply(kind, "why").toMessage("e1", json);
            assertEquals("{\"type\":\"" + kind.label() + "\",\"message\":\"why\"}",
                    new String(message.content(), StandardCharsets.UTF_8));
            assertEquals(new ErrorReply(kind, "why"), ErrorReply.fromMessage(message, json));
        }
    }

    @Test
    void aKindThisSideDoesNotKnowReadsAsInternal() throws Exception {
        Message message = new Message(MessageHeader.of("e2", MessageType.ERROR),
                "{\"type\":\"quota_exceeded\",\"message\":\"a newer renderer's kind\"}".getBytes(StandardCharsets.UTF_8),
                List.of());
        ErrorReply reply = ErrorReply.fromMessage(message, json);
        assertEquals(FigureErrorKind.INTERNAL, reply.kind());
        assertEquals("a newer renderer's kind", reply.message());
    }
}
