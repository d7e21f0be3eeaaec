package io.easel.renderer;

import io.easel.protocol.ErrorReply;
import io.easel.plot.Format;
import io.easel.protocol.Json;
import io.easel.protocol.Message;
import io.easel.protocol.MessageCodec;
import io.easel.protocol.MessageHeader;
import io.easel.protocol.MessageType;
import io.easel.plot.spi.OutputRequest;
import io.easel.protocol.RenderReply;
import io.easel.protocol.RenderRequest;
import io.easel.plot.spi.RenderedImage;
import io.easel.protocol.LaunchKeys;
import io.easel.renderer.engine.RenderEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The hostile-input corpus in {@code src/test/resources/hostile/}, each file sent as a signed render
 * request to one renderer (the real request loop and engine on a real loopback socket), in the order of
 * {@code cases.tsv}. Each must get the answer its row names, an error naming the problem or a figure in
 * which the listed texts do not appear, and the renderer must still answer a ping and draw a plain figure
 * afterwards. {@code *.request.json} files are a request's content as sent, byte for byte;
 * {@code *.spec.json} files are a spec, sent with a request for SVG and PNG.
 */
class HostileCorpusTest {
    private static final String DIR = "/hostile/";
    private static final byte[] SPEC_REQUEST_HEAD = ("{\"width\": 300, \"height\": 200, \"outputs\": "
            + "[{\"format\": \"svg\"}, {\"format\": \"png\"}], \"spec\": ").getBytes(StandardCharsets.US_ASCII);
    private static final LaunchKeys KEYS = LaunchKeys.random();
    private static final Json JSON = Json.withDefaults();
    private static final MessageCodec CODEC = new MessageCodec(KEYS.signingKey(), JSON);
    private static final AtomicLong IDS = new AtomicLong();
    private static RendererServer server;
    private static SignedTestClient client;

    @BeforeAll
    static void startRenderer() {
        RendererOptions options = RendererOptions.parse(new String[]{"--workers", "2", "--timeout-ms", "30000"});
        server = new RendererServer(options, KEYS.forRenderer(), new RenderEngine(options.renderLimits()), new RendererCounters());
        client = new SignedTestClient(server.start(), KEYS, CODEC);
    }

    @AfterAll
    static void stopRenderer() {
        if (server != null) {
            server.close();
        }
        if (client != null) {
            client.close();
        }
    }

    /** One row of cases.tsv: file, expected outcome (an error type, or "figure"), then the detail. */
    record Case(String file, String expect, List<String> detail) {
        @Override
        public String toString() {
            return file + " -> " + expect;
        }
    }

    static Stream<Arguments> cases() {
        return readCases().stream().map(Arguments::of);
    }

    private static List<Case> readCases() {
        List<Case> cases = new ArrayList<>();
        for (String line : new String(resource("cases.tsv"), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            assertTrue(columns.length >= 3, "cases.tsv row needs file, expect and detail: " + line);
            cases.add(new Case(columns[0], columns[1], List.of(columns[2].split("\\|"))));
        }
        return cases;
    }

    private static byte[] resource(String name) {
        try (InputStream in = HostileCorpusTest.class.getResourceAsStream(DIR + name)) {
            assertNotNull(in, "missing corpus file " + DIR + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyCorpusFileHasARowAndEveryRowAFile() throws Exception {
        Set<String> listed = new HashSet<>();
        for (Case c : readCases()) {
            assertTrue(listed.add(c.file()), "listed twice: " + c.file());
        }
        Set<String> present = new HashSet<>();
        // the source folder, not the copy in target/, which keeps files deleted since the last clean
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources" + DIR))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).forEach(present::add);
        }
        assertEquals(present, listed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachHostileInputGetsItsAnswerAndTheRendererStaysUsable(Case c) throws Exception {
        Message reply = call(new Message(MessageHeader.of("h" + IDS.incrementAndGet(), MessageType.RENDER, 30_000),
                content(c.file()), List.of()));
        if (c.expect().equals("figure")) {
            assertEquals(MessageType.RENDER_REPLY, reply.type(),
                    () -> "expected a figure, got: " + new String(reply.content(), StandardCharsets.UTF_8));
            List<RenderedImage> images = RenderReply.fromMessage(reply, JSON).images();
            assertFalse(images.isEmpty());
            String svg = new String(images.get(0).bytes(), StandardCharsets.UTF_8);
            for (String absent : c.detail()) {
                if (!absent.equals("-")) {
                    assertFalse(svg.contains(unescape(absent)), "the published SVG still holds '" + absent + "'");
                }
            }
        } else {
            assertEquals(MessageType.ERROR, reply.type(),
                    () -> "expected an error, got a figure of " + reply.buffers().size() + " outputs");
            ErrorReply error = ErrorReply.fromMessage(reply, JSON);
            assertEquals(c.expect(), error.kind().label(), error.message());
            for (String named : c.detail()) {
                assertTrue(error.message().contains(named), "the error should name '" + named + "': " + error.message());
            }
        }
        assertStillUsable();
    }

    private static byte[] content(String file) {
        byte[] bytes = resource(file);
        if (!file.endsWith(".spec.json")) {
            return bytes;
        }
        byte[] wrapped = new byte[SPEC_REQUEST_HEAD.length + bytes.length + 1];
        System.arraycopy(SPEC_REQUEST_HEAD, 0, wrapped, 0, SPEC_REQUEST_HEAD.length);
        System.arraycopy(bytes, 0, wrapped, SPEC_REQUEST_HEAD.length, bytes.length);
        wrapped[wrapped.length - 1] = '}';
        return wrapped;
    }

    /** cases.tsv writes a control character as \\uXXXX so the file stays plain text. */
    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith("\\u", i) && i + 6 <= text.length()) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    private static void assertStillUsable() throws Exception {
        Message pong = call(new Message(MessageHeader.of("ping" + IDS.incrementAndGet(), MessageType.PING),
                "{}".getBytes(StandardCharsets.US_ASCII), List.of()));
        assertEquals(MessageType.PONG, pong.type());
        Map<String, Object> plain = Map.of("kind", "plot", "data", Map.of("x", List.of(1, 2, 3), "y", List.of(1, 4, 9)),
                "mapping", Map.of("x", "x", "y", "y"), "layers", List.of(Map.of("geom", "line")));
        Message figure = call(new RenderRequest(plain, 200, 100, List.of(OutputRequest.of(Format.PNG)))
                .toMessage("plain" + IDS.incrementAndGet(), 30_000, JSON));
        assertEquals(MessageType.RENDER_REPLY, figure.type(), () -> new String(figure.content(), StandardCharsets.UTF_8));
    }

    private static Message call(Message request) throws Exception {
        Message message = client.call(request);
        assertEquals(request.id(), message.id(), "replies come in request order here: one request at a time");
        return message;
    }
}
