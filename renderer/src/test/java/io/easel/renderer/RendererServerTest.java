package io.easel.renderer;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.protocol.CancelRequest;
import io.easel.protocol.ErrorReply;
import io.easel.protocol.Json;
import io.easel.protocol.LaunchKeys;
import io.easel.protocol.Message;
import io.easel.protocol.MessageCodec;
import io.easel.protocol.MessageHeader;
import io.easel.protocol.MessageType;
import io.easel.protocol.Pong;
import io.easel.protocol.RenderReply;
import io.easel.protocol.RenderRequest;
import io.easel.protocol.RendererStats;
import io.easel.protocol.SigningKey;
import io.easel.renderer.engine.RenderEngine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The request loop in this JVM, with the real engine, spoken to over a real loopback socket. */
class RendererServerTest {
    private final LaunchKeys keys = LaunchKeys.random();
    private final SigningKey key = keys.signingKey();
    private final Json json = Json.withDefaults();
    private final MessageCodec codec = new MessageCodec(key, json);
    private RendererServer server;
    private SignedTestClient client;

    private void start(String... args) {
        RendererOptions options = RendererOptions.parse(args);
        server = new RendererServer(options, keys.forRenderer(), new RenderEngine(options.renderLimits()),
                new RendererCounters());
        client = new SignedTestClient(server.start(), keys, codec);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (client != null) {
            client.close();
        }
    }

    private void send(List<byte[]> frames) {
        client.send(frames);
    }

    private Message call(Message request) throws Exception {
        return client.call(request);
    }

    private Message receive() throws Exception {
        return client.receive();
    }

    private static Message empty(String id, MessageType type) {
        return new Message(MessageHeader.of(id, type), "{}".getBytes(StandardCharsets.US_ASCII), List.of());
    }

    private static Map<String, Object> lineSpec(int n) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = (i * 7919) % 101;
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "plot");
        spec.put("data", Map.of("x", x, "y", y));
        spec.put("mapping", Map.of("x", "x", "y", "y"));
        spec.put("layers", List.of(Map.of("geom", "point", "sampling", "none")));
        return spec;
    }

    /** Seconds of work: each point's colour mapped, so Lets-Plot lays out every point (a plain scatter is fast). */
    private static Map<String, Object> slowSpec(int n) {
        Map<String, Object> spec = lineSpec(n);
        spec.put("mapping", Map.of("x", "x", "y", "y", "color", "x"));
        return spec;
    }

    @Test
    void answersPingAndStats() throws Exception {
        start("--workers", "2");
        Message pong = call(empty("p1", MessageType.PING));
        assertEquals(MessageType.PONG, pong.type());
        assertEquals("p1", pong.id());
        assertEquals(ProcessHandle.current().pid(), Pong.fromMessage(pong, json).pid());

        Message stats = call(empty("s1", MessageType.STATS));
        RendererStats s = RendererStats.fromMessage(stats, json);
        assertEquals(2, s.workers());
        assertTrue(s.rssBytes() > 0, "VmRSS read from /proc");
        assertTrue(s.heapMaxBytes() > 0);
    }

    @Test
    void rendersAndRepliesWithImageFrames() throws Exception {
        start();
        Message reply = call(new RenderRequest(lineSpec(100), 300, 200, List.of(OutputRequest.of(Format.PNG, 2),
                OutputRequest.of(Format.SVG))).toMessage("r1", 30_000, json));
        assertEquals(MessageType.RENDER_REPLY, reply.type(), () -> new String(reply.content(), StandardCharsets.UTF_8));
        RenderReply render = RenderReply.fromMessage(reply, json);
        assertEquals(600, render.images().get(0).pixelWidth());
        assertEquals((byte) 0x89, render.images().get(0).bytes()[0]);
        assertTrue(new String(render.images().get(1).bytes(), StandardCharsets.UTF_8).contains("<svg"));
        assertTrue(render.totalNanos() >= render.queueNanos());
        assertEquals(1, RendererStats.fromMessage(call(empty("s", MessageType.STATS)), json).renders());
    }

    @Test
    void badSpecIsAnsweredWithAnErrorAndServingContinues() throws Exception {
        start();
        Message reply = call(new RenderRequest(Map.of("kind", "plot", "layers", List.of(Map.of("geom", "nonsense"))),
                100, 100, List.of(OutputRequest.of(Format.SVG))).toMessage("bad", 30_000, json));
        assertEquals(MessageType.ERROR, reply.type());
        ErrorReply error = ErrorReply.fromMessage(reply, json);
        assertEquals(FigureErrorKind.BAD_SPEC, error.kind());
        assertTrue(error.message().contains("nonsense"), error.message());
        assertEquals(MessageType.PONG, call(empty("after", MessageType.PING)).type());
    }

    @Test
    void forgedAndMalformedMessagesAreCountedNotAnswered() throws Exception {
        start();
        MessageCodec stranger = new MessageCodec(SigningKey.random(), json);
        send(stranger.encode(empty("forged", MessageType.SHUTDOWN)));
        send(List.of(new byte[]{1, 2, 3}));
        send(List.of(new byte[32], "{".getBytes(), "}".getBytes()));
        // signed with our key but the header is not JSON: a malformed, not a forged, message
        List<byte[]> signedGarbage = new ArrayList<>(codec.encode(empty("x", MessageType.PING)));
        signedGarbage.set(1, "not json".getBytes());
        signedGarbage.set(0, new io.easel.protocol.MessageSigner(key).sign(signedGarbage.subList(1, signedGarbage.size())));
        send(signedGarbage);

        Message stats = call(empty("s", MessageType.STATS));
        assertEquals("s", stats.id(), "the first answer is to the stats request: nothing else was answered");
        RendererStats s = RendererStats.fromMessage(stats, json);
        assertEquals(3, s.droppedMessages());
        assertEquals(1, s.malformedMessages());
        assertFalse(server.shutdownRequested().isDone(), "a forged shutdown must not stop the renderer");
    }

    @Test
    void aClientWithAnotherCurveKeyIsRefusedAtTheHandshakeAndCounted() throws Exception {
        start();
        LaunchKeys stranger = new LaunchKeys(key, keys.renderer(), io.easel.protocol.CurveKeyPair.random());
        try (SignedTestClient impostor = new SignedTestClient(server.startedPort(), stranger, codec, 2_000)) {
            impostor.send(codec.encode(empty("forged", MessageType.SHUTDOWN)));
            assertThrows(AssertionError.class, impostor::receive, "no answer without the manager's CURVE key");
        }
        RendererStats s = RendererStats.fromMessage(call(empty("s", MessageType.STATS)), json);
        assertTrue(s.refusedConnections() >= 1, s.toString());
        assertEquals(0, s.droppedMessages(), "the impostor's message never reached the decoder");
        assertFalse(server.shutdownRequested().isDone());
    }

    @Test
    void renderPastItsTimeoutGetsATimeoutAnswer() throws Exception {
        start("--workers", "2");
        Message reply = call(new RenderRequest(slowSpec(200_000), 1600, 1200, List.of(OutputRequest.of(Format.PNG, 2)))
                .toMessage("slow", 1, json));
        assertEquals(MessageType.ERROR, reply.type());
        ErrorReply error = ErrorReply.fromMessage(reply, json);
        assertEquals(FigureErrorKind.TIMEOUT, error.kind());
        assertTrue(error.message().contains("easel.renderer.timeout"), error.message());
        assertEquals(MessageType.PONG, call(empty("alive", MessageType.PING)).type());
    }

    /**
     * Lets-Plot's layout of 300,000 points takes tens of seconds and never looks at an interrupt; the cancel must
     * still free both workers within moments, answer nothing for the withdrawn renders, and count them.
     */
    @Test
    void cancelledRendersFreeTheirWorkersAndAreNeverAnswered() throws Exception {
        start("--workers", "2");
        for (String id : List.of("big-1", "big-2")) {
            send(codec.encode(new RenderRequest(slowSpec(300_000), 1600, 1200, List.of(OutputRequest.of(Format.PNG)))
                    .toMessage(id, 120_000, json)));
        }
        Thread.sleep(1_500); // both are deep inside the layout by now
        for (String id : List.of("big-1", "big-2")) {
            send(codec.encode(new CancelRequest(id).toMessage("cancel-" + id, json)));
        }
        long sent = System.nanoTime();
        Message small = call(new RenderRequest(lineSpec(10), 100, 100, List.of(OutputRequest.of(Format.SVG)))
                .toMessage("small", 60_000, json));
        long waitedMillis = (System.nanoTime() - sent) / 1_000_000;

        assertEquals("small", small.id(), "the first answer is the small figure's: nothing came for the cancelled ones");
        assertEquals(MessageType.RENDER_REPLY, small.type());
        assertTrue(waitedMillis < 10_000, "the small figure waited " + waitedMillis + " ms for a free worker");
        RendererStats stats = RendererStats.fromMessage(call(empty("stats", MessageType.STATS)), json);
        assertEquals(2, stats.cancelled());
        assertEquals(0, stats.errors(), "a cancel is not an error");
        assertEquals(0, stats.inFlight());
        assertEquals(0, server.workersStuck(), "the cancelled workers were freed, not abandoned");
        assertEquals(MessageType.PONG, call(empty("alive", MessageType.PING)).type(), "no late answer is queued");
    }

    @Test
    void aCancelForAnAnsweredOrUnknownRenderIsIgnored() throws Exception {
        start();
        Message reply = call(new RenderRequest(lineSpec(10), 100, 100, List.of(OutputRequest.of(Format.SVG)))
                .toMessage("done", 60_000, json));
        assertEquals(MessageType.RENDER_REPLY, reply.type());
        send(codec.encode(new CancelRequest("done").toMessage("c1", json)));
        send(codec.encode(new CancelRequest("never-sent").toMessage("c2", json)));

        assertEquals(MessageType.PONG, call(empty("alive", MessageType.PING)).type(), "a cancel gets no answer");
        RendererStats stats = RendererStats.fromMessage(call(empty("stats", MessageType.STATS)), json);
        assertEquals(0, stats.cancelled());
        assertEquals(1, stats.renders());
    }

    @Test
    void whenEveryWorkerIsStuckTheRendererAsksToBeReplaced() throws Exception {
        start("--workers", "1");
        // long enough for the worker to have started it on a loaded machine (a job that times out still queued is
        // dropped, not stuck), far shorter than drawing 300,000 points at 3200 x 2400 pixels
        send(codec.encode(new RenderRequest(slowSpec(300_000), 1600, 1200, List.of(OutputRequest.of(Format.PNG, 2)))
                .toMessage("stuck", 250, json)));
        assertEquals(FigureErrorKind.TIMEOUT, ErrorReply.fromMessage(receive(), json).kind());
        StopRequest stop = server.shutdownRequested().get(30, TimeUnit.SECONDS);
        assertEquals(RendererExit.WORKERS_STUCK, stop.exitCode());
        assertTrue(stop.reason().contains("stuck"), stop.reason());
    }

    @Test
    void anOutputOverTheFrameLimitIsAnsweredWithTooLargeInsteadOfAFrameThePeerWouldDrop() throws Exception {
        start("--max-frame-bytes", "8192");
        Message reply = call(new RenderRequest(lineSpec(100), 800, 600, List.of(OutputRequest.of(Format.SVG)))
                .toMessage("big-output", 30_000, json));
        assertEquals(MessageType.ERROR, reply.type());
        ErrorReply error = ErrorReply.fromMessage(reply, json);
        assertEquals(FigureErrorKind.TOO_LARGE, error.kind());
        assertTrue(error.message().contains("over the 8.0 KB"), error.message());
        assertTrue(error.message().contains("EASEL_RENDERER_MAX_FRAME_MB"), error.message());
        assertEquals(MessageType.PONG, call(empty("after", MessageType.PING)).type());
    }

    @Test
    void shutdownRequestIsAcknowledged() throws Exception {
        start();
        assertEquals(MessageType.SHUTDOWN_REPLY, call(empty("bye", MessageType.SHUTDOWN)).type());
        assertEquals(RendererExit.OK, server.shutdownRequested().get(10, TimeUnit.SECONDS).exitCode());
    }
}
