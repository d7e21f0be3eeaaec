package io.easel.protocol;

import io.easel.plot.FigureErrorKind;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CancelRequestWireTest {
    private final Json json = Json.withDefaults();
    private final MessageCodec codec = new MessageCodec(SigningKey.random(), json);

    @Test
    void cancelTravelsSignedUnderItsOwnIdAndNamesTheRenderItWithdraws() throws Exception {
        Message received = codec.decode(codec.encode(new CancelRequest("r17").toMessage("c1", json)));

        assertEquals(MessageType.CANCEL, received.type());
        assertEquals("c1", received.id());
        assertEquals("r17", CancelRequest.fromMessage(received, json).requestId());
    }

    @Test
    void cancelWithoutARequestIdIsRefusedAsABadRequest() {
        Message empty = new Message(MessageHeader.of("c2", MessageType.CANCEL), "{}".getBytes(StandardCharsets.UTF_8),
                List.of());
        ProtocolException e = assertThrows(ProtocolException.class, () -> CancelRequest.fromMessage(empty, json));
        assertEquals(FigureErrorKind.BAD_REQUEST, e.kind());
        assertTrue(e.getMessage().contains("c2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CancelRequest(""));
    }
}
