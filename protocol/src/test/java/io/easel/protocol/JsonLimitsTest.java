package io.easel.protocol;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class JsonLimitsTest {
    private final Json small = new Json(new JsonLimits(64 * 1024, 20));

    private static Map<String, Object> nested(int depth) {
        Map<String, Object> top = new LinkedHashMap<>();
        Map<String, Object> current = top;
        for (int i = 1; i < depth; i++) {
            Map<String, Object> next = new LinkedHashMap<>();
            current.put("k", next);
            current = next;
        }
        return top;
    }

    private static RenderRequest request(Map<String, Object> spec) {
        return new RenderRequest(spec, 10, 10, List.of(OutputRequest.of(Format.PNG)));
    }

    @Test
    void specAtTheDepthLimitPassesAndOneDeeperIsRefusedWhenSending() throws Exception {
        Message ok = request(nested(20)).toMessage("a", 0, small);
        assertNotNull(RenderRequest.fromMessage(ok, small));
        ProtocolException e = assertThrows(ProtocolException.class, () -> request(nested(21)).toMessage("a", 0, small));
        assertEquals(FigureErrorKind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().contains("deeper than 20 levels"), e.getMessage());
    }

    @Test
    void selfContainingSpecIsRefusedNotOverflowed() {
        Map<String, Object> loop = new LinkedHashMap<>();
        loop.put("self", loop);
        ProtocolException e = assertThrows(ProtocolException.class, () -> request(loop).toMessage("a", 0, small));
        assertTrue(e.getMessage().contains("contains itself"), e.getMessage());
    }

    @Test
    void deeplyNestedJsonIsRefusedWhenReceived() {
        String deep = "{\"width\":1,\"height\":1,\"outputs\":[],\"spec\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        Message m = new Message(MessageHeader.of("d", MessageType.RENDER), deep.getBytes(StandardCharsets.UTF_8), List.of());
        ProtocolException e = assertThrows(ProtocolException.class, () -> RenderRequest.fromMessage(m, small));
        assertEquals(FigureErrorKind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().contains("deeper than 20"), e.getMessage());
    }

    @Test
    void oversizedJsonIsRefusedOnBothSides() {
        List<Object> strings = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            strings.add("value-" + i);
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("data", Map.of("labels", strings));
        ProtocolException sending = assertThrows(ProtocolException.class, () -> request(spec).toMessage("a", 0, small));
        assertEquals(FigureErrorKind.TOO_LARGE, sending.kind());
        assertTrue(sending.getMessage().contains("over the limit of 64.0 KB"), sending.getMessage());
        assertTrue(sending.getMessage().contains("double[]"), sending.getMessage());

        byte[] big = Json.withDefaults().write(Map.of("width", 1, "height", 1, "spec", spec));
        Message m = new Message(MessageHeader.of("b", MessageType.RENDER), big, List.of());
        ProtocolException receiving = assertThrows(ProtocolException.class, () -> RenderRequest.fromMessage(m, small));
        assertEquals(FigureErrorKind.TOO_LARGE, receiving.kind());
    }

    @Test
    void brokenJsonIsABadRequestWithParserDetails() {
        Message m = new Message(MessageHeader.of("b", MessageType.RENDER), "{\"width\": ".getBytes(), List.of());
        ProtocolException e = assertThrows(ProtocolException.class, () -> RenderRequest.fromMessage(m, small));
        assertEquals(FigureErrorKind.BAD_REQUEST, e.kind());
        assertTrue(e.getMessage().startsWith("The figure spec is not a JSON object"), e.getMessage());
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertEquals(64L * 1024 * 1024, JsonLimits.defaults().maxJsonBytes());
        assertEquals(io.easel.plot.json.Json.MAX_DEPTH, JsonLimits.defaults().maxDepth());
    }
}
