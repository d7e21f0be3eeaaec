package io.easel.rendermanager;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;
import io.easel.protocol.RendererStats;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** Every format, concurrency and hostile input, through a real renderer process. */
class RenderThroughServiceTest {
    private static RendererManager manager;

    @BeforeAll
    static void startRenderer() {
        manager = new RendererManager(TestRenderer.settings("service").toBuilder().warmup(false).build());
    }

    @AfterAll
    static void stopRenderer() throws Exception {
        long pid = manager.status().pid();
        manager.close();
        assertTrue(TestRenderer.awaitGone(pid, java.time.Duration.ofSeconds(5)), "renderer " + pid + " survived close");
    }

    private static RenderedImage only(Format format, double scale, int width, int height, String title) {
        List<RenderedImage> images = manager.renderBlocking(TestRenderer.lineSpec(1000, title), width, height,
                List.of(OutputRequest.of(format, scale)));
        assertEquals(1, images.size());
        assertEquals(format, images.get(0).format());
        return images.get(0);
    }

    private static BufferedImage decode(byte[] bytes) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertNotNull(image, "ImageIO could not decode the bytes");
        return image;
    }

    @Test
    void pngDecodesToTheRequestedPixelSize() throws Exception {
        RenderedImage png = only(Format.PNG, 2, 600, 400, "PNG figure");
        BufferedImage image = decode(png.bytes());
        assertEquals(1200, image.getWidth());
        assertEquals(800, image.getHeight());
        assertEquals(1200, png.pixelWidth());
        assertEquals(800, png.pixelHeight());
    }

    @Test
    void jpegDecodesToTheRequestedPixelSize() throws Exception {
        BufferedImage image = decode(only(Format.JPEG, 1.5, 400, 300, "JPEG figure").bytes());
        assertEquals(600, image.getWidth());
        assertEquals(450, image.getHeight());
    }

    @Test
    void webpDecodesToTheRequestedPixelSize() throws Exception {
        byte[] bytes = only(Format.WEBP, 1, 320, 240, "WebP figure").bytes();
        assertEquals("RIFF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        assertEquals("WEBP", new String(bytes, 8, 4, StandardCharsets.US_ASCII));
        BufferedImage image = decode(bytes);
        assertEquals(320, image.getWidth());
        assertEquals(240, image.getHeight());
    }

    @Test
    void svgParsesAsXmlWithTheFigureSizeAndTitle() throws Exception {
        byte[] svg = only(Format.SVG, 1, 640, 480, "SVG figure title").bytes();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertEquals("svg", document.getDocumentElement().getLocalName());
        assertTrue(document.getDocumentElement().getAttribute("width").startsWith("640"));
        assertTrue(document.getDocumentElement().getTextContent().contains("SVG figure title"));
    }

    @Test
    void pdfParsesAndContainsTheTitleText() throws Exception {
        byte[] pdf = only(Format.PDF, 1, 600, 400, "Quarterly revenue").bytes();
        try (PDDocument document = PDDocument.load(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            PDRectangle page = document.getPage(0).getMediaBox();
            assertEquals(450, page.getWidth(), 1.0, "600 CSS px at 0.75 pt each");
            assertEquals(300, page.getHeight(), 1.0);
            assertTrue(new PDFTextStripper().getText(document).contains("Quarterly revenue"));
        }
    }

    @Test
    void epsCarriesAMatchingBoundingBox() {
        String eps = new String(only(Format.EPS, 1, 600, 400, "EPS figure").bytes(), StandardCharsets.ISO_8859_1);
        assertTrue(eps.startsWith("%!PS-Adobe-3.0 EPSF"), eps.substring(0, Math.min(40, eps.length())));
        Matcher box = Pattern.compile("%%BoundingBox: 0 0 (\\d+) (\\d+)").matcher(eps);
        assertTrue(box.find(), "no BoundingBox");
        assertEquals(450, Integer.parseInt(box.group(1)));
        assertEquals(300, Integer.parseInt(box.group(2)));
    }

    @Test
    void severalFormatsOfOneFigureComeBackInRequestOrder() throws Exception {
        List<RenderedImage> images = manager.renderBlocking(TestRenderer.lineSpec(50, "bundle"), 300, 200,
                List.of(OutputRequest.of(Format.SVG), OutputRequest.of(Format.PNG, 2),
                        OutputRequest.of(Format.PDF)));
        assertEquals(List.of(Format.SVG, Format.PNG, Format.PDF),
                images.stream().map(RenderedImage::format).toList());
        assertEquals(600, decode(images.get(1).bytes()).getWidth());
    }

    @Test
    void sixteenConcurrentRequestsAllComplete() throws Exception {
        List<CompletableFuture<List<RenderedImage>>> futures = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            futures.add(manager.render(TestRenderer.lineSpec(200 + i, "concurrent " + i), 200 + i, 150,
                    List.of(OutputRequest.of(Format.PNG))));
        }
        for (int i = 0; i < futures.size(); i++) {
            List<RenderedImage> images = futures.get(i).get(120, TimeUnit.SECONDS);
            assertEquals(200 + i, decode(images.get(0).bytes()).getWidth(), "request " + i);
        }
    }

    @Test
    void badSpecGetsAnErrorNamingTheProblemAndTheRendererStaysUp() {
        long pid = manager.start().join().pid();
        Map<String, Object> bad = Map.of("kind", "plot", "layers", List.of(Map.of("geom", "no-such-geom")));
        RenderFailedException e = assertThrows(RenderFailedException.class, () -> manager.renderBlocking(bad, 300, 200,
                List.of(OutputRequest.of(Format.PNG))));
        assertEquals(FigureErrorKind.BAD_SPEC, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("no-such-geom"), e.getMessage());
        assertEquals(pid, manager.status().pid());
        assertEquals(1, only(Format.SVG, 1, 100, 100, "still alive").format() == Format.SVG ? 1 : 0);
        assertEquals(pid, manager.status().pid());
    }

    @Test
    void hugePixelSizeIsRefusedAsTooLarge() {
        RenderFailedException e = assertThrows(RenderFailedException.class, () -> manager.renderBlocking(
                TestRenderer.lineSpec(10, "huge"), 15000, 15000, List.of(OutputRequest.of(Format.PNG, 4))));
        assertEquals(FigureErrorKind.TOO_LARGE, e.kind(), e.getMessage());
    }

    @Test
    void forgedUnsignedAndGarbageMessagesAreDroppedCountedAndHarmless() throws Exception {
        RendererStatus before = manager.start().join();
        RendererStats statsBefore = manager.rendererStats().get(10, TimeUnit.SECONDS);
        try (ZContext context = new ZContext()) {
            ZMQ.Socket intruder = context.createSocket(SocketType.DEALER);
            // Defence in depth: even a peer that got through CURVE (here with the launch's own CURVE keys, as if that
            // layer failed) but lacks the signing key cannot make the renderer act.
            io.easel.protocol.SocketSecurity.client(intruder, manager.launchKeys().orElseThrow());
            // the CURVE handshake can take a second or more on a loaded machine; the messages wait for it in the
            // socket, and closing must not throw them away before they are out
            intruder.setLinger(15_000);
            intruder.connect("tcp://127.0.0.1:" + before.port());
            // unsigned: empty signature frame in front of a well-formed shutdown request
            intruder.sendMore(new byte[0]);
            intruder.sendMore("{\"id\":\"evil\",\"type\":\"shutdown\",\"protocol\":1}".getBytes(StandardCharsets.UTF_8));
            intruder.send("{}".getBytes(StandardCharsets.UTF_8));
            // mis-signed: a made-up 32-byte signature
            intruder.sendMore(new byte[32]);
            intruder.sendMore("{\"id\":\"evil2\",\"type\":\"shutdown\",\"protocol\":1}".getBytes(StandardCharsets.UTF_8));
            intruder.send("{}".getBytes(StandardCharsets.UTF_8));
            // garbage: random bytes in random frame counts
            java.util.Random random = new java.util.Random(7);
            for (int m = 0; m < 20; m++) {
                int frames = 1 + random.nextInt(5);
                for (int f = 0; f < frames; f++) {
                    byte[] junk = new byte[random.nextInt(300)];
                    random.nextBytes(junk);
                    intruder.send(junk, f < frames - 1 ? ZMQ.SNDMORE : 0);
                }
            }
            intruder.setReceiveTimeOut(500);
            assertNull(intruder.recv(), "the renderer must not answer unsigned messages");
        }
        // the renderer counts them as its socket loop reads them, which a loaded machine may delay a little
        RendererStats after = manager.rendererStats().get(10, TimeUnit.SECONDS);
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
             after.droppedMessages() < statsBefore.droppedMessages() + 22 && System.nanoTime() < deadline; ) {
            Thread.sleep(100);
            after = manager.rendererStats().get(10, TimeUnit.SECONDS);
        }
        assertEquals(statsBefore.droppedMessages() + 22, after.droppedMessages());
        assertEquals(before.pid(), manager.status().pid(), "the renderer is still the same process");
        assertTrue(TestRenderer.isAlive(before.pid()));
        assertEquals(Format.PNG, only(Format.PNG, 1, 120, 80, "after the attack").format());
    }

    @Test
    void statusReportsTheRunningRenderer() {
        only(Format.SVG, 1, 100, 100, "status");
        RendererStatus status = manager.status();
        assertTrue(status.pid() > 0);
        assertTrue(TestRenderer.isAlive(status.pid()));
        assertTrue(status.rssBytes() > 10_000_000, "rss " + status.rssBytes());
        assertTrue(status.renders() >= 1);
        assertTrue(status.medianLatencyMillis() > 0);
        assertTrue(List.of("ready", "busy").contains(status.state()), status.state());
        assertTrue(status.summary().contains("pid=" + status.pid()), status.summary());
        assertTrue(java.nio.file.Files.exists(status.logFile()), "log " + status.logFile());
    }

    @Test
    void millionPointColumnRendersThroughTheService() throws Exception {
        List<RenderedImage> images = manager.renderBlocking(TestRenderer.sampledLineSpec(1_000_000, "million"), 400, 300,
                List.of(OutputRequest.of(Format.PNG)));
        assertEquals(400, decode(images.get(0).bytes()).getWidth());
    }
}
