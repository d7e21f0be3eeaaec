package io.easel.display;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import io.easel.plot.Format;
import io.easel.plot.spi.RenderedImage;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureBundleTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
    private static final String SVG = "<svg width=\"600\" height=\"400\"><text>Sales</text></svg>";

    private static RenderedImage image(Format format, byte[] bytes, int w, int h) {
        return new RenderedImage(format, bytes, w, h, 1);
    }

    private static JsonObject wire(DisplayData data) {
        return new Gson().toJsonTree(data).getAsJsonObject();
    }

    @Test
    void pngCarriesItsCssSizeSvgIsTextAndPlainTextDescribes() {
        DisplayData out = new DisplayData();
        new FigureBundle("Figure: line, 1,000 points", List.of(
                image(Format.PNG, PNG, 1200, 800),
                image(Format.SVG, SVG.getBytes(StandardCharsets.UTF_8), 600, 400)), 2, 1 << 20).writeTo(out);

        assertArrayEquals(PNG, Base64.getDecoder().decode((String) out.getData(MIMEType.IMAGE_PNG)));
        assertEquals(SVG, out.getData(MIMEType.IMAGE_SVG));
        assertEquals("Figure: line, 1,000 points", out.getData(MIMEType.TEXT_PLAIN));

        JsonObject json = wire(out);
        JsonObject pngMeta = json.getAsJsonObject("metadata").getAsJsonObject("image/png");
        assertEquals(600, pngMeta.get("width").getAsInt());
        assertEquals(400, pngMeta.get("height").getAsInt());
        assertEquals("600", pngMeta.get("width").toString(), "whole CSS sizes go out as integers");
        assertFalse(json.getAsJsonObject("metadata").has("image/svg+xml"));
    }

    @Test
    void everyInlineFormatGoesUnderItsMimeType() {
        DisplayData out = new DisplayData();
        new FigureBundle("Figure: bar, 3 points", List.of(
                image(Format.PDF, "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 600, 400),
                image(Format.JPEG, new byte[] {(byte) 0xff, (byte) 0xd8}, 900, 600),
                image(Format.WEBP, "RIFFxxxxWEBP".getBytes(StandardCharsets.US_ASCII), 900, 600)), 1.5, 1 << 20)
                .writeTo(out);

        assertEquals("%PDF-1.4", new String(Base64.getDecoder().decode((String) out.getData(
                MIMEType.APPLICATION_PDF)), StandardCharsets.US_ASCII));
        assertArrayEquals(new byte[] {(byte) 0xff, (byte) 0xd8},
                Base64.getDecoder().decode((String) out.getData(MIMEType.IMAGE_JPEG)));
        assertTrue(out.hasDataForType(MIMEType.parse("image/webp")));
        JsonObject meta = wire(out).getAsJsonObject("metadata");
        assertEquals(600, meta.getAsJsonObject("image/jpeg").get("width").getAsInt());
        assertEquals(400, meta.getAsJsonObject("image/webp").get("height").getAsInt());
        assertFalse(meta.has("application/pdf"));
    }

    @Test
    void oddPixelSizesKeepTheExactCssSize() {
        DisplayData out = new DisplayData();
        new FigureBundle("Figure", List.of(image(Format.PNG, PNG, 1201, 801)), 2, 1 << 20).writeTo(out);
        JsonObject meta = wire(out).getAsJsonObject("metadata").getAsJsonObject("image/png");
        assertEquals(600.5, meta.get("width").getAsDouble());
    }

    @Test
    void hugeSvgTakesThePdfOutWithItAndLeavesANote() {
        byte[] big = ("<svg>" + "x".repeat(2_000_000) + "</svg>").getBytes(StandardCharsets.UTF_8);
        DisplayData out = new DisplayData();
        new FigureBundle("Figure: point, 100,000 points", List.of(
                image(Format.PNG, PNG, 1200, 800),
                image(Format.SVG, big, 600, 400),
                image(Format.PDF, "%PDF-1.7 small".getBytes(StandardCharsets.US_ASCII), 600, 400)), 2, 1024 * 1024)
                .writeTo(out);

        assertFalse(out.hasDataForType(MIMEType.IMAGE_SVG));
        assertFalse(out.hasDataForType(MIMEType.APPLICATION_PDF), "nbconvert must fall back to the PNG");
        assertTrue(out.hasDataForType(MIMEType.IMAGE_PNG));
        String text = (String) out.getData(MIMEType.TEXT_PLAIN);
        assertTrue(text.startsWith("Figure: point, 100,000 points\n"), text);
        assertTrue(text.contains("SVG and PDF left out of the notebook: the SVG is 1.9 MB, over the 1 MB limit"), text);
        assertTrue(text.contains("%figures max-svg=2MB"), text);
        assertTrue(text.contains("%export"), text);
    }

    @Test
    void outputsTheRendererLeftOutAreLeftOutWithANote() {
        DisplayData out = new DisplayData();
        new FigureBundle("Figure: point, 100,000 points", List.of(
                image(Format.PNG, PNG, 1200, 800),
                RenderedImage.leftOut(Format.SVG, RenderedImage.NOT_MADE, 600, 400, 1),
                RenderedImage.leftOut(Format.PDF, RenderedImage.NOT_MADE, 600, 400, 1)), 2, 1024 * 1024)
                .writeTo(out);
        assertFalse(out.hasDataForType(MIMEType.IMAGE_SVG));
        assertFalse(out.hasDataForType(MIMEType.APPLICATION_PDF));
        assertTrue(out.hasDataForType(MIMEType.IMAGE_PNG));
        String text = (String) out.getData(MIMEType.TEXT_PLAIN);
        assertTrue(text.contains("SVG and PDF left out of the notebook: the SVG would be over the 1 MB limit"), text);
        assertTrue(text.contains("%figures max-svg=none"), text);

        DisplayData measured = new DisplayData();
        new FigureBundle("Figure", List.of(
                image(Format.PNG, PNG, 1200, 800),
                RenderedImage.leftOut(Format.SVG, 3 * 1024 * 1024, 600, 400, 1),
                RenderedImage.leftOut(Format.PDF, RenderedImage.NOT_MADE, 600, 400, 1)), 2, 1024 * 1024)
                .writeTo(measured);
        String note = (String) measured.getData(MIMEType.TEXT_PLAIN);
        assertTrue(note.contains("the SVG is 3 MB, over the 1 MB limit") && note.contains("max-svg=4MB"), note);
    }

    @Test
    void hugePdfTakesTheSvgOutWithIt() {
        DisplayData out = new DisplayData();
        new FigureBundle("Figure", List.of(
                image(Format.SVG, SVG.getBytes(StandardCharsets.UTF_8), 600, 400),
                image(Format.PDF, new byte[3 * 1024 * 1024], 600, 400)), 2, 1024 * 1024).writeTo(out);
        assertFalse(out.hasDataForType(MIMEType.IMAGE_SVG));
        assertFalse(out.hasDataForType(MIMEType.APPLICATION_PDF));
        assertTrue(((String) out.getData(MIMEType.TEXT_PLAIN)).contains("the PDF is 3 MB"));
    }

    @Test
    void svgAtTheLimitStays() {
        byte[] svg = "<svg>".concat("x".repeat(95)).getBytes(StandardCharsets.UTF_8);
        DisplayData out = new DisplayData();
        new FigureBundle("Figure", List.of(image(Format.SVG, svg, 600, 400)), 2, svg.length).writeTo(out);
        assertTrue(out.hasDataForType(MIMEType.IMAGE_SVG));
        assertEquals("Figure", out.getData(MIMEType.TEXT_PLAIN));
    }
}
