package io.easel.protocol;

import static org.junit.jupiter.api.Assertions.assertThrows;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class RenderRequestWireTest {
    private final Json json = Json.withDefaults();
    private final MessageCodec codec = new MessageCodec(SigningKey.random(), json);

    /** A line of the given columns with a title, as specs reach the wire; shared with {@link ColumnFilesTest}. */
    static Map<String, Object> lineSpec(double[] x, double[] y) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("x", x);
        data.put("y", y);
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "plot");
        spec.put("data", data);
        spec.put("mapping", Map.of("x", "x", "y", "y"));
        spec.put("layers", List.of(Map.of("geom", "line")));
        spec.put("ggtitle", Map.of("text", "Ünïcode title"));
        return spec;
    }

    @Test
    void millionPointColumnTravelsAsBinaryFramesAndComesBackExactly() throws Exception {
        int n = 1_000_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = Math.sin(i * 0.001) * 1e-3 + (i % 7 == 0 ? Double.NaN : 0);
        }
        y[5] = Double.NEGATIVE_INFINITY;
        y[6] = -0.0;
        RenderRequest request = new RenderRequest(lineSpec(x, y), 800, 600,
                List.of(OutputRequest.of(Format.PNG, 2), OutputRequest.of(Format.SVG)));

        List<byte[]> frames = codec.encode(request.toMessage("req-1", 30_000, json));

        int perColumn = (int) Math.ceil(8.0 * n / MessageCodec.WIRE_FRAME_BYTES);
        assertEquals(MessageCodec.FIXED_FRAMES + 2 * perColumn, frames.size(),
                "two columns of " + 8 * n + " bytes, each in frames of at most " + MessageCodec.WIRE_FRAME_BYTES);
        assertTrue(frames.get(2).length < 2_000, "spec JSON stays small: " + frames.get(2).length + " bytes");
        long columnBytes = 0;
        for (byte[] frame : frames.subList(3, frames.size())) {
            assertTrue(frame.length <= MessageCodec.WIRE_FRAME_BYTES, "a wire frame of " + frame.length + " bytes");
            columnBytes += frame.length;
        }
        assertEquals(16L * n, columnBytes);
        assertTrue(new String(frames.get(1), java.nio.charset.StandardCharsets.UTF_8)
                .contains("\"frames\":[1," + perColumn + "," + perColumn + "]"), "the header counts each part's frames");

        Message received = codec.decode(frames);
        assertEquals("req-1", received.id());
        assertEquals(MessageType.RENDER, received.type());
        assertEquals(30_000, received.header().timeoutMillis());
        RenderRequest back = RenderRequest.fromMessage(received, json);
        assertEquals(800, back.width());
        assertEquals(600, back.height());
        assertEquals(request.outputs(), back.outputs());
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) back.spec().get("data");
        double[] bx = (double[]) data.get("x");
        double[] by = (double[]) data.get("y");
        assertArrayEquals(x, bx);
        for (int i = 0; i < n; i++) {
            assertEquals(Double.doubleToRawLongBits(y[i]), Double.doubleToRawLongBits(by[i]), "y[" + i + "]");
        }
        assertEquals("Ünïcode title", ((Map<?, ?>) back.spec().get("ggtitle")).get("text"));
        assertEquals("line", ((Map<?, ?>) ((List<?>) back.spec().get("layers")).get(0)).get("geom"));
    }

    @Test
    void theSameArrayUsedTwiceTravelsOnce() throws Exception {
        double[] shared = {1, 2, 3};
        Message m = new RenderRequest(lineSpec(shared, shared), 10, 10, List.of(OutputRequest.of(Format.SVG)))
                .toMessage("a", 0, json);
        assertEquals(1, m.buffers().size());
        RenderRequest back = RenderRequest.fromMessage(codec.decode(codec.encode(m)), json);
        Map<?, ?> data = (Map<?, ?>) back.spec().get("data");
        assertArrayEquals(shared, (double[]) data.get("x"));
        assertArrayEquals(shared, (double[]) data.get("y"));
    }

    @Test
    void otherPrimitiveArraysBecomeFloat64Columns() throws Exception {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("ints", new int[]{1, -2});
        spec.put("longs", new long[]{3L});
        spec.put("floats", new float[]{0.5f});
        Message m = new RenderRequest(spec, 10, 10, List.of(OutputRequest.of(Format.SVG))).toMessage("a", 0, json);
        RenderRequest back = RenderRequest.fromMessage(codec.decode(codec.encode(m)), json);
        assertArrayEquals(new double[]{1, -2}, (double[]) back.spec().get("ints"));
        assertArrayEquals(new double[]{3}, (double[]) back.spec().get("longs"));
        assertArrayEquals(new double[]{0.5}, (double[]) back.spec().get("floats"));
    }

    @Test
    void unsupportedValueIsNamedWithItsPath() {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("data", Map.of("when", new java.util.Date()));
        ProtocolException e = assertThrows(ProtocolException.class, () ->
                new RenderRequest(spec, 10, 10, List.of(OutputRequest.of(Format.PNG))).toMessage("a", 0, json));
        assertEquals(FigureErrorKind.BAD_SPEC, e.kind());
        assertTrue(e.getMessage().contains("spec.data.when"), e.getMessage());
        assertTrue(e.getMessage().contains("java.util.Date"), e.getMessage());
    }

    @Test
    void placeholderPointingPastTheFramesIsRefused() throws Exception {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("width", 10);
        content.put("height", 10);
        content.put("outputs", List.of(Map.of("format", "png")));
        content.put("spec", Map.of("data", Map.of("x", Map.of(BinaryColumns.PLACEHOLDER_KEY, 3))));
        Message forged = new Message(MessageHeader.of("x", MessageType.RENDER), json.write(content),
                List.of(Float64Frames.encode(new double[]{1})));
        ProtocolException e = assertThrows(ProtocolException.class,
                () -> RenderRequest.fromMessage(codec.decode(codec.encode(forged)), json));
        assertEquals(FigureErrorKind.BAD_REQUEST, e.kind());
        assertTrue(e.getMessage().contains("binary column 3"), e.getMessage());
    }

    @Test
    void sizesMustBePositive() {
        List<OutputRequest> png = List.of(OutputRequest.of(Format.PNG));
        assertThrows(IllegalArgumentException.class, () -> new RenderRequest(Map.of(), 0, 10, png));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RenderRequest(Map.of(), -1, 10, png));
        assertTrue(e.getMessage().contains("width"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RenderRequest(Map.of(), 10, Double.NaN, png));
        assertThrows(IllegalArgumentException.class, () -> new RenderRequest(Map.of(), 10, 10, List.of()));
    }

    @Test
    void columnFrameOfOddLengthIsRefused() {
        ProtocolException e = assertThrows(ProtocolException.class, () -> Float64Frames.decode(new byte[13]));
        assertTrue(e.getMessage().contains("13 bytes"), e.getMessage());
    }

    @Test
    void unknownFormatIsUnsupported() throws Exception {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("width", 10);
        content.put("height", 10);
        content.put("outputs", List.of(Map.of("format", "bmp")));
        content.put("spec", Map.of());
        Message m = new Message(MessageHeader.of("x", MessageType.RENDER), json.write(content), List.of());
        ProtocolException e = assertThrows(ProtocolException.class, () -> RenderRequest.fromMessage(m, json));
        assertEquals(FigureErrorKind.UNSUPPORTED, e.kind());
        assertTrue(e.getMessage().contains("bmp") && e.getMessage().contains("png"), e.getMessage());
    }

    @Test
    void replyCarriesImagesAsRawFrames() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
        byte[] svg = "<svg/>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        RenderReply reply = new RenderReply(List.of(new RenderedImage(Format.PNG, png, 1600, 1200, 90_000_000L),
                new RenderedImage(Format.SVG, svg, 800, 600, 11_000_000L)), 5, 100_000_000L);
        List<byte[]> frames = codec.encode(reply.toMessage("req-9", json));
        assertArrayEquals(png, frames.get(3));
        RenderReply back = RenderReply.fromMessage(codec.decode(frames), json);
        assertEquals(2, back.images().size());
        assertArrayEquals(png, back.images().get(0).bytes());
        assertEquals(1600, back.images().get(0).pixelWidth());
        assertEquals(Format.SVG, back.images().get(1).format());
        assertEquals(100_000_000L, back.totalNanos());
    }

    @Test
    void vectorLimitsAndLeftOutOutputsTravel() throws Exception {
        RenderRequest request = new RenderRequest(lineSpec(new double[] {1, 2}, new double[] {3, 4}), 600, 400,
                List.of(OutputRequest.of(Format.PNG, 2), OutputRequest.of(Format.SVG).withMaxBytes(1 << 20),
                        OutputRequest.of(Format.PDF)));
        RenderRequest sent = RenderRequest.fromMessage(codec.decode(codec.encode(request.toMessage("req-1", 0, json))),
                json);
        assertEquals(List.of(0L, 1L << 20, 0L), sent.outputs().stream().map(OutputRequest::maxBytes).toList());

        RenderReply reply = new RenderReply(List.of(new RenderedImage(Format.PNG, new byte[] {1, 2}, 1200, 800, 5),
                RenderedImage.leftOut(Format.SVG, 3_000_000, 600, 400, 7),
                RenderedImage.leftOut(Format.PDF, RenderedImage.NOT_MADE, 600, 400, 7)), 1, 9);
        RenderReply back = RenderReply.fromMessage(codec.decode(codec.encode(reply.toMessage("req-1", json))), json);
        assertFalse(back.images().get(0).isLeftOut());
        assertEquals(3_000_000, back.images().get(1).leftOutBytes());
        assertEquals(RenderedImage.NOT_MADE, back.images().get(2).leftOutBytes());
        assertEquals(0, back.images().get(2).bytes().length);
    }

    @Test
    void aLeftOutOutputWithBytesIsRefused() throws Exception {
        Message forged = new Message(MessageHeader.of("req-2", MessageType.RENDER_REPLY),
                json.write(Map.of("images", List.of(Map.of("format", "svg", "left_out_bytes", 5)))),
                List.of(new byte[] {1}));
        ProtocolException e = assertThrows(ProtocolException.class, () -> RenderReply.fromMessage(forged, json));
        assertTrue(e.getMessage().contains("left out"), e.getMessage());
    }

    @Test
    void specsAreCopiedSoLaterChangesToListsDoNotLeak() throws Exception {
        List<Object> values = new ArrayList<>(List.of(1, 2));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("v", values);
        Message m = new RenderRequest(spec, 10, 10, List.of(OutputRequest.of(Format.PNG))).toMessage("a", 0, json);
        values.add(3);
        assertEquals(List.of(1, 2), RenderRequest.fromMessage(m, json).spec().get("v"));
    }
}
