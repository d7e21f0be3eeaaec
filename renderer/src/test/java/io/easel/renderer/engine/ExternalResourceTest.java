package io.easel.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.weisj.jsvg.SVGDocument;
import com.sun.net.httpserver.HttpServer;

import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;

/**
 * A figure must never make the renderer read a file or fetch a URL. Each crafted SVG points at a solid red
 * PNG on disk; if any pixel comes out red, the file was read. The data: control shows the same picture is
 * drawn when it is embedded, so a pass is not just an image that never draws.
 */
class ExternalResourceTest {
    private static final FigureSize SIZE = new FigureSize(40, 40);
    private static final FigureSize.PixelSize PIXELS = new FigureSize.PixelSize(40, 40);

    @TempDir
    Path dir;
    private Path redPng;
    private byte[] redPngBytes;

    @BeforeEach
    void writeRedPng() throws Exception {
        BufferedImage red = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = red.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 40, 40);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(red, "png", bytes);
        redPngBytes = bytes.toByteArray();
        redPng = dir.resolve("secret.png");
        Files.write(redPng, redPngBytes);
        Files.writeString(dir.resolve("secret.svg"), svgWith("<rect id=\"r\" width=\"40\" height=\"40\" fill=\"red\"/>"));
    }

    @Test
    void absoluteFileUriIsNotRead() throws Exception {
        assertEquals(0, redPixels(image("href=\"" + redPng.toUri() + "\"")));
    }

    @Test
    void xlinkHrefToAFileIsNotRead() throws Exception {
        assertEquals(0, redPixels(image("xlink:href=\"" + redPng.toUri() + "\"")));
    }

    @Test
    void relativePathIsNotRead() throws Exception {
        assertEquals(0, redPixels(image("href=\"secret.png\"")));
        assertEquals(0, redPixels(image("href=\"" + redPng + "\"")));
    }

    @Test
    void externalSvgDocumentsAreNotRead() throws Exception {
        assertEquals(0, redPixels(paint(svgWith("<use href=\"" + dir.resolve("secret.svg").toUri() + "#r\"/>"))));
        assertEquals(0, redPixels(image("href=\"" + dir.resolve("secret.svg").toUri() + "\"")));
    }

    @Test
    void httpUrlsAreNotFetched() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, redPngBytes.length);
            exchange.getResponseBody().write(redPngBytes);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/secret.png";

            assertEquals(0, redPixels(image("href=\"" + url + "\"")));
            assertEquals(0, requests.get(), "the renderer made an HTTP request");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void embeddedDataUriIsDrawn() throws Exception {
        String dataUri = "data:image/png;base64," + Base64.getEncoder().encodeToString(redPngBytes);

        assertTrue(redPixels(image("href=\"" + dataUri + "\"")) > 1000, "the control image was not drawn");
    }

    @Test
    void aSpecsImageLayerCannotMakeTheRendererReadAFile() throws Exception {
        // Lets-Plot's image geom (Python's geom_imshow) copies its href into the SVG as it is.
        byte[] fromFile = renderImageLayer(redPng.toUri().toString());
        byte[] embedded = renderImageLayer("data:image/png;base64," + Base64.getEncoder().encodeToString(redPngBytes));

        assertEquals(0, redPixels(RasterOutputTest.decode(fromFile)), "the renderer drew a file named in the spec");
        assertTrue(redPixels(RasterOutputTest.decode(embedded)) > 1000, "the embedded control image was not drawn");
    }

    private static byte[] renderImageLayer(String href) throws Exception {
        Map<String, Object> layer = new LinkedHashMap<>(
                Map.of("geom", "image", "href", href, "xmin", 0, "ymin", 0, "xmax", 10, "ymax", 10));
        Map<String, Object> spec = new LinkedHashMap<>(Map.of("kind", "plot", "layers", List.of(layer)));
        return new RenderEngine(RenderLimits.defaults())
                .render(spec, 300, 200, List.of(OutputRequest.of(Format.PNG))).get(0).bytes();
    }

    @Test
    void theResourceLoaderItselfRefusesFiles() {
        EmbeddedDataOnlyResourceLoader loader = new EmbeddedDataOnlyResourceLoader();

        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> loader.loadImage(null, redPng.toUri()));
        assertTrue(e.getMessage().contains("data: URIs"), e.getMessage());
    }

    private BufferedImage image(String hrefAttribute) throws Exception {
        return paint(svgWith("<image x=\"0\" y=\"0\" width=\"40\" height=\"40\" " + hrefAttribute + "/>"));
    }

    private static String svgWith(String body) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " width=\"40\" height=\"40\">" + body + "</svg>";
    }

    private static BufferedImage paint(String svg) throws Exception {
        SVGDocument document = new SvgDocumentLoader(1000).load(svg);
        return RasterPainter.paint(document, SIZE, PIXELS, false);
    }

    private static int redPixels(BufferedImage image) {
        int red = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                boolean opaque = (argb >>> 24) > 200;
                if (opaque && ((argb >> 16) & 0xFF) > 200 && ((argb >> 8) & 0xFF) < 60 && (argb & 0xFF) < 60) {
                    red++;
                }
            }
        }
        return red;
    }
}
