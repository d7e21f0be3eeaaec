package io.easel.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;

class VectorOutputTest {
    private static final Pattern MEDIA_BOX = Pattern.compile(
            "/MediaBox \\[([-\\d.]+) ([-\\d.]+) ([-\\d.]+) ([-\\d.]+)\\]");

    private final RenderEngine engine = new RenderEngine(RenderLimits.defaults());

    @Test
    void pdfIsOnePageOfTheFigureSizeInPoints() throws Exception {
        byte[] pdf = render(Format.PDF, "Vector Title", 600, 400).bytes();
        String text = new String(pdf, StandardCharsets.ISO_8859_1);

        assertTrue(text.startsWith("%PDF-"), "no PDF header");
        assertTrue(text.stripTrailing().endsWith("%%EOF"), "PDF not terminated");
        Matcher box = MEDIA_BOX.matcher(text);
        assertTrue(box.find(), "no MediaBox");
        assertEquals(0.0, Double.parseDouble(box.group(1)));
        assertEquals(0.0, Double.parseDouble(box.group(2)));
        assertEquals(450.0, Double.parseDouble(box.group(3)), 1e-9);
        assertEquals(300.0, Double.parseDouble(box.group(4)), 1e-9);
        assertTrue(!box.find(), "more than one page");
    }

    @Test
    void pdfKeepsTextAsTextInTheEmbeddedPngFace(@TempDir Path dir) throws Exception {
        assumeTrue(ExternalTool.isInstalled("pdffonts"), "pdffonts (poppler-utils) is not installed");
        Path file = dir.resolve("figure.pdf");
        Files.write(file, render(Format.PDF, "Searchable Title", 600, 400).bytes());

        assertEquals(List.of("DejaVuSans"), embeddedFonts(file), "every font embedded, and the PNG's face");
        String plain = ExternalTool.run("pdftotext", file.toString(), "-");
        assertTrue(plain.contains("Searchable Title"), plain);
        assertTrue(plain.contains("-10") || plain.contains("\u221210"), "tick labels are text too: " + plain);
    }

    @Test
    void aPdfOfALineIsAFewKilobytesBecauseTheFontIsSubset() throws Exception {
        int bytes = render(Format.PDF, "Small", 600, 400).bytes().length;
        // the whole DejaVu Sans file is 740 KB; a subset of the glyphs used is a few KB
        assertTrue(bytes < 40_000, bytes + " bytes");
    }

    /**
     * The base names of the fonts pdffonts lists, after failing if any is not embedded; the subset tag (ABCDEF+)
     * is dropped.
     */
    static List<String> embeddedFonts(Path pdf) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        String[] lines = ExternalTool.run("pdffonts", pdf.toString()).split("\n");
        for (int i = 2; i < lines.length; i++) {
            String[] cols = lines[i].trim().split("\\s+");
            if (cols.length < 5) {
                continue;
            }
            // name type [encoding words] emb sub uni object ID: emb is the fifth column from the end
            assertEquals("yes", cols[cols.length - 5], "font not embedded: " + lines[i]);
            String name = cols[0].substring(cols[0].indexOf('+') + 1);
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    @Test
    void pdftotextFindsTheTitleWhereTheSvgPutsIt(@TempDir Path dir) throws Exception {
        assumeTrue(ExternalTool.isInstalled("pdftotext"), "pdftotext (poppler-utils) is not installed");
        Path file = dir.resolve("figure.pdf");
        Files.write(file, render(Format.PDF, "Placed Title", 600, 400).bytes());

        String plain = ExternalTool.run("pdftotext", file.toString(), "-");
        assertTrue(plain.contains("Placed Title"), "pdftotext did not find the title: " + plain);
        String boxes = ExternalTool.run("pdftotext", "-bbox", file.toString(), "-");
        Matcher word = Pattern.compile("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\"[^>]*>Placed</word>").matcher(boxes);
        assertTrue(word.find(), "no word box for the title");
        // Lets-Plot sets the title start-anchored near x=53 CSS px, at the top: 0.75 pt per px.
        double xMin = Double.parseDouble(word.group(1));
        assertTrue(xMin > 30 && xMin < 50, "title starts at x=" + xMin + " pt");
        assertTrue(Double.parseDouble(word.group(2)) < 20, "title is not at the top");
    }

    @Test
    void epsBoundingBoxMatchesThePdfPage() throws Exception {
        String eps = new String(render(Format.EPS, "Eps Title", 600, 400).bytes(), StandardCharsets.ISO_8859_1);

        assertTrue(eps.startsWith("%!PS-Adobe-3.0 EPSF-3.0"), "no EPS header");
        assertTrue(eps.contains("%%BoundingBox: 0 0 450 300\n"), "wrong bounding box");
        // no font named, none to substitute: the labels are outlines of the PNG's face
        assertTrue(!eps.contains("setfont") && !eps.contains(") show"), "the EPS depends on a printer font");
    }

    @Test
    void epsBoundingBoxRoundsFractionalSizesOutwards() throws Exception {
        String eps = new String(render(Format.EPS, "Odd", 601, 401).bytes(), StandardCharsets.ISO_8859_1);

        assertTrue(eps.contains("%%BoundingBox: 0 0 451 301\n"), "wrong bounding box");
        Matcher hiRes = Pattern.compile("%%HiResBoundingBox: 0.0 0.0 ([\\d.]+) ([\\d.]+)").matcher(eps);
        assertTrue(hiRes.find());
        assertEquals(450.75, Double.parseDouble(hiRes.group(1)), 1e-6);
        assertEquals(300.75, Double.parseDouble(hiRes.group(2)), 1e-6);
    }

    @Test
    void ghostscriptDrawsTheEps(@TempDir Path dir) throws Exception {
        assumeTrue(ExternalTool.isInstalled("gs"), "Ghostscript is not installed");
        Path eps = dir.resolve("figure.eps");
        Path png = dir.resolve("figure.png");
        Files.write(eps, render(Format.EPS, "Gs Title", 600, 400).bytes());

        ExternalTool.run("gs", "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-dEPSCrop", "-sDEVICE=png16m", "-r96",
                "-sOutputFile=" + png, eps.toString());

        BufferedImage image = RasterOutputTest.decode(Files.readAllBytes(png));
        assertEquals(600, image.getWidth());
        assertEquals(400, image.getHeight());
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (((image.getRGB(x, y) >> 8) & 0xFF) < 120) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 300 && dark < image.getWidth() * image.getHeight() / 4,
                "expected a drawn line and labels, not a blank or black page: " + dark + " dark pixels");
    }

    @Test
    void pdfWritesAnyTextTheFaceHasAsText(@TempDir Path dir) throws Exception {
        assumeTrue(ExternalTool.isInstalled("pdftotext"), "pdftotext (poppler-utils) is not installed");
        for (String title : List.of("Größe — µ ≥ 5", "a) b \\ (c")) {
            Path file = dir.resolve("figure.pdf");
            Files.write(file, render(Format.PDF, title, 600, 400).bytes());
            String plain = ExternalTool.run("pdftotext", file.toString(), "-");
            assertTrue(plain.contains(title), "pdftotext did not find '" + title + "': " + plain);
        }
    }

    @Test
    void epsBlendsTranslucentFillsOntoWhite() throws Exception {
        Map<String, Object> band = new LinkedHashMap<>();
        band.put("kind", "plot");
        band.put("data", Map.of("x", List.of(0.0, 10.0), "y", List.of(0.0, 10.0)));
        band.put("layers", List.of(
                Map.of("geom", "point", "mapping", Map.of("x", "x", "y", "y")),
                Map.of("geom", "rect", "xmin", 2, "xmax", 8, "ymin", 2, "ymax", 8, "fill", "#ff0000", "alpha", 0.3,
                        "size", 0)));

        String eps = new String(engine.render(band, 400, 300, List.of(OutputRequest.of(Format.EPS))).get(0).bytes(),
                StandardCharsets.ISO_8859_1);

        List<String> fillColours = new java.util.ArrayList<>();
        String colour = "";
        for (String line : eps.split("\n")) {
            if (line.endsWith(" rgb")) {
                colour = line;
            } else if (line.endsWith(" fill") || line.endsWith(" eofill")) {
                fillColours.add(colour);
            }
        }
        assertTrue(fillColours.contains("1.000000 0.701961 0.701961 rgb"), "30% red over white should be light pink");
        assertTrue(!fillColours.contains("1.000000 0.000000 0.000000 rgb"), "translucent red filled as solid red");
    }

    @Test
    void vectorOutputsReportCssPixels() throws Exception {
        RenderedImage pdf = render(Format.PDF, "Size", 640, 360);

        assertEquals(640, pdf.pixelWidth());
        assertEquals(360, pdf.pixelHeight());
    }

    private RenderedImage render(Format format, String title, double width, double height) throws RenderException {
        return engine.render(TestFigures.line(300, title), width, height, List.of(OutputRequest.of(format))).get(0);
    }

    /** The text of a PDF as a reader extracts it (PDFBox's text stripper, which is on the renderer's class path). */
    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
