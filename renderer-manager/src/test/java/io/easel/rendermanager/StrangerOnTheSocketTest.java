package io.easel.rendermanager;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;
import io.easel.protocol.CurveKeyPair;
import io.easel.protocol.Json;
import io.easel.protocol.LaunchKeys;
import io.easel.protocol.Message;
import io.easel.protocol.MessageCodec;
import io.easel.protocol.MessageHeader;
import io.easel.protocol.MessageType;
import io.easel.protocol.RendererStats;
import io.easel.protocol.SocketSecurity;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import java.io.IOException;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Local users without the keys, connecting straight to the real renderer's TCP port: with raw sockets that greet and
 * announce frames, and with real ZeroMQ clients that hold the wrong CURVE key or none.
 */
class StrangerOnTheSocketTest {
    private static final long HALF_A_GIGABYTE = 500_000_000L;

    @Test
    void strangersAnnouncingHugeFramesAreDroppedAndTheRendererKeepsAnswering() throws Exception {
        try (RendererManager manager = attacked("stranger-frames")) {
            RendererStatus started = manager.start().join();
            try (RawZmtpPeer.Crowd strangers = announcing(started, 4, RawZmtpPeer.Mechanism.CURVE, HALF_A_GIGABYTE)) {
                assertEquals(4, strangers.peers().size());
                long t0 = System.nanoTime();
                List<RenderedImage> images = manager.renderBlocking(TestRenderer.lineSpec(50, "still listening"),
                        200, 100, List.of(OutputRequest.of(Format.PNG)));
                long millis = (System.nanoTime() - t0) / 1_000_000;
                assertEquals(Format.PNG, images.get(0).format());
                assertTrue(millis < 10_000, "the signed render took " + millis + " ms");
                assertEquals(started.pid(), manager.status().pid(), "the renderer was not replaced");
                for (RawZmtpPeer stranger : strangers.peers()) {
                    assertTrue(awaitClosed(stranger, Duration.ofSeconds(1)),
                            "the renderer drops a peer that announces an oversized frame");
                }
            }
        }
    }

    @Test
    void strangersHoldingAFrameOpenAreClosedWithinTheGraceAndTheRendererIsNeverReplaced() throws Exception {
        // The most a stranger can make the renderer reserve: a CURVE greeting, then a frame header announcing just
        // the socket limit, whose bytes never come. JeroMQ reserves it and would hold it while the connection lives.
        int crowd = UNPROVEN_CAP + 16;
        try (RendererManager manager = attacked("stranger-flood")) {
            RendererStatus started = manager.start().join();
            long t0 = System.nanoTime();
            try (RawZmtpPeer.Crowd strangers = announcing(started, crowd, RawZmtpPeer.Mechanism.CURVE,
                    MessageCodec.SOCKET_FRAME_LIMIT)) {
                assertEquals(crowd, strangers.peers().size());
                // beyond the cap, connections are closed at once, long before the grace is over
                int closedAtOnce = 0;
                for (RawZmtpPeer stranger : strangers.peers()) {
                    if (awaitClosed(stranger, Duration.ofMillis(20))) {
                        closedAtOnce++;
                    }
                }
                long sinceFirst = (System.nanoTime() - t0) / 1_000_000;
                assertTrue(sinceFirst > GRACE_MILLIS || closedAtOnce >= crowd - UNPROVEN_CAP,
                        closedAtOnce + " closed at once after " + sinceFirst + " ms");
                List<RenderedImage> images = manager.renderBlocking(TestRenderer.lineSpec(20, "during the flood"),
                        100, 100, List.of(OutputRequest.of(Format.SVG)));
                assertEquals(1, images.size());
                for (RawZmtpPeer stranger : strangers.peers()) {
                    assertTrue(awaitClosed(stranger, Duration.ofSeconds(6)), "every unproven connection is closed");
                }
                long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
                assertTrue(seconds < 8, "closed within the grace of 2 s (and a slow machine's margin): " + seconds + " s");
            }
            RendererStats stats = manager.rendererStats().get();
            assertTrue(stats.refusedConnections() >= crowd, "refused " + stats.refusedConnections());
            assertEquals(0, stats.droppedMessages(), "no stranger got as far as sending a message");
            assertEquals(started.pid(), manager.status().pid(), "the renderer was not replaced");
            assertEquals(1, manager.status().launches());
            String log = Files.readString(manager.logFile());
            // the ones beyond the cap are closed by the watch at once; the rest within the grace, by the watch's
            // sweep or, when it comes first, by JeroMQ's own handshake timer (which one wins is a race)
            assertTrue(log.contains("never authenticated: more than " + UNPROVEN_CAP), log);
        }
    }

    @Test
    void aNullMechanismGreetingIsRefusedAtOnce() throws Exception {
        try (RendererManager manager = attacked("stranger-null")) {
            RendererStatus started = manager.start().join();
            try (RawZmtpPeer stranger = new RawZmtpPeer(started.port()).greet(RawZmtpPeer.Mechanism.NULL)) {
                stranger.announceFrame(1000);
                assertTrue(awaitClosed(stranger, Duration.ofSeconds(1)), "a CURVE server drops a NULL client");
            }
            assertEquals(started.pid(), manager.status().pid());
        }
    }

    @Test
    void clientsWithAWrongCurveKeyOrNoneAreRefusedEvenWithTheSigningKeyWhileRealFiguresKeepWorking() throws Exception {
        try (RendererManager manager = attacked("stranger-wrong-key")) {
            RendererStatus started = manager.start().join();
            LaunchKeys real = manager.launchKeys().orElseThrow();
            // The worst case: a stranger who somehow learnt the signing key and the renderer's public key, but not
            // the manager's CURVE secret key.
            LaunchKeys wrongClient = new LaunchKeys(real.signingKey(), real.renderer(), CurveKeyPair.random());
            MessageCodec codec = new MessageCodec(real.signingKey(), Json.withDefaults());
            try (ZContext context = new ZContext()) {
                ZMQ.Socket curve = context.createSocket(SocketType.DEALER);
                SocketSecurity.client(curve, wrongClient);
                ZMQ.Socket plain = context.createSocket(SocketType.DEALER);
                for (ZMQ.Socket socket : List.of(curve, plain)) {
                    socket.setLinger(0);
                    socket.setReceiveTimeOut(3_000);
                    socket.connect("tcp://127.0.0.1:" + started.port());
                    send(socket, codec.encode(signed("stranger-shutdown", MessageType.SHUTDOWN)));
                    send(socket, codec.encode(signed("stranger-ping", MessageType.PING)));
                }
                for (ZMQ.Socket socket : List.of(curve, plain)) {
                    assertNull(socket.recv(), "no answer to a socket that did not authenticate");
                }
            }
            List<RenderedImage> images = manager.renderBlocking(TestRenderer.lineSpec(20, "after the strangers"),
                    100, 100, List.of(OutputRequest.of(Format.SVG)));
            assertEquals(1, images.size());
            RendererStats stats = manager.rendererStats().get();
            assertTrue(stats.refusedConnections() >= 1, "the wrong CURVE key was refused: " + stats);
            assertEquals(0, stats.droppedMessages(), "neither message reached the renderer's decoder");
            assertEquals(started.pid(), manager.status().pid(), "the forged shutdown did nothing");
            String log = Files.readString(manager.logFile());
            assertTrue(log.contains("whose CURVE key is not the manager's"), log);
        }
    }

    @Test
    void anErrorOnAJeroMqIoThreadEndsTheRendererAndTheNextFigureGetsAFreshOne() throws Exception {
        // A tiny direct-memory budget makes the I/O thread die exactly as in the field: "Cannot reserve ...
        // bytes of direct buffer memory" while it sets up the strangers' connections.
        RendererSettings settings = TestRenderer.settings("stranger-io-thread").toBuilder().warmup(false)
                .requestTimeout(Duration.ofSeconds(10))
                .jvmOptions(List.of("-XX:MaxDirectMemorySize=192k")).build();
        try (RendererManager manager = new RendererManager(settings)) {
            RendererStatus started = manager.start().join();
            try (RawZmtpPeer.Crowd strangers = new RawZmtpPeer.Crowd()) {
                for (int i = 0; i < 64 && TestRenderer.isAlive(started.pid()); i++) {
                    try {
                        strangers.add(new RawZmtpPeer(started.port()).greet(RawZmtpPeer.Mechanism.CURVE));
                    } catch (SocketException goneMeanwhile) {
                        break;
                    }
                    Thread.sleep(20);
                }
                assertTrue(TestRenderer.awaitGone(started.pid(), Duration.ofSeconds(15)),
                        "the renderer must exit when its I/O thread dies, not linger deaf");
            }
            List<RenderedImage> images = manager.renderBlocking(TestRenderer.lineSpec(20, "fresh"), 100, 100,
                    List.of(OutputRequest.of(Format.SVG)));
            assertEquals(1, images.size());
            assertNotEquals(started.pid(), manager.status().pid());
            String log = Files.readString(manager.logFile());
            assertTrue(log.contains("exited with code 6"), log);
            assertTrue(log.contains("direct buffer memory"), log);
        }
    }

    @Test
    void aFigureOverTheFrameLimitIsRefusedWithWordsBeforeItIsSent() throws Exception {
        try (RendererManager manager = new RendererManager(TestRenderer.settings("stranger-limit").toBuilder().warmup(false).build())) {
            // 9 million values: 72 MB in one column, over the default 64 MiB
            Map<String, Object> spec = TestRenderer.lineSpec(9_000_000, "too big");
            RenderFailedException e = assertThrows(RenderFailedException.class, () -> manager.renderBlocking(spec,
                    200, 100, List.of(OutputRequest.of(Format.PNG))));
            assertEquals(FigureErrorKind.TOO_LARGE, e.kind());
            assertTrue(e.getMessage().contains("over the 64.0 MB"), e.getMessage());
            assertTrue(e.getMessage().contains(FrameLimit.ENVIRONMENT_VARIABLE), e.getMessage());
            List<RenderedImage> images = manager.renderBlocking(TestRenderer.lineSpec(20, "small"), 100, 100,
                    List.of(OutputRequest.of(Format.SVG)));
            assertEquals(1, images.size());
        }
    }

    /** The renderer's cap on connections waiting to authenticate (UnprovenConnections.MAX_UNPROVEN, in its module). */
    private static final int UNPROVEN_CAP = 32;
    private static final int GRACE_MILLIS = 2_000;

    private static Message signed(String id, MessageType type) {
        return new Message(MessageHeader.of(id, type), "{}".getBytes(StandardCharsets.US_ASCII), List.of());
    }

    private static void send(ZMQ.Socket socket, List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
        }
    }

    private static RendererManager attacked(String logName) {
        return new RendererManager(TestRenderer.settings(logName).toBuilder().warmup(false)
                .requestTimeout(Duration.ofSeconds(20)).build());
    }

    /** Strangers that greet and announce a frame of {@code size} bytes: {@code count}, or until the renderer is gone. */
    private static RawZmtpPeer.Crowd announcing(RendererStatus target, int count, RawZmtpPeer.Mechanism mechanism,
                                                long size) throws IOException {
        RawZmtpPeer.Crowd crowd = new RawZmtpPeer.Crowd();
        for (int i = 0; i < count && TestRenderer.isAlive(target.pid()); i++) {
            try {
                crowd.add(new RawZmtpPeer(target.port()).greet(mechanism).announceFrame(size));
            } catch (SocketException goneMeanwhile) {
                break; // the renderer exited between the check and the connect
            }
        }
        return crowd;
    }

    private static boolean awaitClosed(RawZmtpPeer peer, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (peer.isClosedByPeer()) {
                return true;
            }
        }
        return false;
    }
}
