package io.easel.rendermanager;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.SocketException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Local users without the key, connecting straight to the real renderer's TCP port. */
class StrangerOnTheSocketTest {
    private static final long HALF_A_GIGABYTE = 500_000_000L;

    @Test
    void strangersAnnouncingHugeFramesAreDroppedAndTheRendererKeepsAnswering() throws Exception {
        try (RendererManager manager = attacked("stranger-frames")) {
            RendererStatus started = manager.start().join();
            try (RawZmtpPeer.Crowd strangers = announcing(started, 4, HALF_A_GIGABYTE)) {
                assertEquals(4, strangers.peers().size());
                long t0 = System.nanoTime();
                List<RenderedImage> images = manager.renderBlocking(TestRenderer.lineSpec(50, "still listening"),
                        200, 100, List.of(OutputRequest.of(Format.PNG)));
                long millis = (System.nanoTime() - t0) / 1_000_000;
                assertEquals(Format.PNG, images.get(0).format());
                assertTrue(millis < 10_000, "the signed render took " + millis + " ms");
                assertEquals(started.pid(), manager.status().pid(), "the renderer was not replaced");
                for (RawZmtpPeer stranger : strangers.peers()) {
                    assertTrue(awaitClosed(stranger), "the renderer drops a peer that announces an oversized frame");
                }
            }
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
                        strangers.add(new RawZmtpPeer(started.port()).greet());
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
    void aFloodOfFramesJustUnderTheLimitCanAtWorstRestartTheRendererNeverLeaveItDeaf() throws Exception {
        // What the frame limit cannot stop: JeroMQ reserves each announced frame before any handshake or
        // signature, so enough strangers announcing 60 MB each exhaust a 512 MB heap. The renderer must then
        // exit (ExitOnOutOfMemoryError, frames live on the heap) and the next figure gets a fresh one.
        try (RendererManager manager = attacked("stranger-flood")) {
            RendererStatus started = manager.start().join();
            try (RawZmtpPeer.Crowd ignored = announcing(started, 24, 60L * 1024 * 1024)) {
                List<RenderedImage> images = renderRetryingOnce(manager);
                assertEquals(1, images.size());
            }
            String log = Files.readString(manager.logFile());
            assertTrue(manager.status().pid() == started.pid() || log.contains("exited with code 3"), log);
        }
    }

    private static RendererManager attacked(String logName) {
        return new RendererManager(TestRenderer.settings(logName).toBuilder().warmup(false)
                .requestTimeout(Duration.ofSeconds(20)).build());
    }

    /** Strangers that greet and announce a frame of {@code size} bytes: {@code count}, or until the renderer is gone. */
    private static RawZmtpPeer.Crowd announcing(RendererStatus target, int count, long size) throws IOException {
        RawZmtpPeer.Crowd crowd = new RawZmtpPeer.Crowd();
        for (int i = 0; i < count && TestRenderer.isAlive(target.pid()); i++) {
            try {
                crowd.add(new RawZmtpPeer(target.port()).greet().announceFrame(size));
            } catch (SocketException goneMeanwhile) {
                break; // the renderer exited between the check and the connect
            }
        }
        return crowd;
    }

    /** A figure sent during an attack may fail once with the renderer's crash; the next one must work. */
    private static List<RenderedImage> renderRetryingOnce(RendererManager manager) {
        List<OutputRequest> svg = List.of(OutputRequest.of(Format.SVG));
        long t0 = System.nanoTime();
        try {
            return manager.renderBlocking(TestRenderer.lineSpec(20, "during the flood"), 100, 100, svg);
        } catch (RenderFailedException e) {
            assertEquals(FigureErrorKind.CRASHED, e.kind(), e.getMessage());
            assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(10).toNanos(), "the crash was reported quickly");
            return manager.renderBlocking(TestRenderer.lineSpec(20, "after the flood"), 100, 100, svg);
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

    private static boolean awaitClosed(RawZmtpPeer peer) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (peer.isClosedByPeer()) {
                return true;
            }
        }
        return false;
    }
}
