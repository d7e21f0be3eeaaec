package io.easel.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;

/** One face in every format: DejaVu Sans unless the spec asks for monospace or serif, never a serif by accident. */
class FontFacesTest {
    private final RenderEngine engine = new RenderEngine(RenderLimits.defaults());

    @Test
    void theProjectsFacesAreInstalled() {
        // scripts/install-system-packages.sh installs fonts-dejavu-core; without it every check below means little
        assertTrue(FontFaces.isInstalled(FontFaces.SANS), "DejaVu Sans is not installed (apt-get install fonts-dejavu-core)");
        assertTrue(FontFaces.isInstalled(FontFaces.MONO));
    }

    @Test
    void missingFamiliesFallBackToSansAndMonospaceNamesToMono() {
        assertEquals("DejaVu Sans", FontFaces.resolve(List.of("Lucida Grande", "sans-serif")));
        assertEquals("DejaVu Sans", FontFaces.resolve(List.of("Arial")));
        assertEquals("DejaVu Sans", FontFaces.resolve(List.of("Helvetica Neue", "Helvetica", "Arial")));
        assertEquals("DejaVu Sans", FontFaces.resolve(List.of("'Times New Roman'")), "an unknown name is never serif");
        assertEquals("DejaVu Sans Mono", FontFaces.resolve(List.of("monospace")));
        assertEquals("DejaVu Sans Mono", FontFaces.resolve(List.of("Courier New")));
        assertEquals("DejaVu Sans Mono", FontFaces.resolve(List.of("\"Fira Mono\"", "Menlo")));
        assertEquals("DejaVu Serif", FontFaces.resolve(List.of("serif")), "only an explicit serif is serif");
        assertEquals("DejaVu Sans Mono", FontFaces.resolve(List.of("'DejaVu Sans Mono'", "sans-serif")));
    }

    @Test
    void theEmbeddedFileIsTheFaceDrawn() {
        assertEquals("DejaVuSans.ttf", file(new Font(FontFaces.SANS, Font.PLAIN, 12)));
        assertEquals("DejaVuSans-Bold.ttf", file(new Font(FontFaces.SANS, Font.BOLD, 12)));
        assertEquals("DejaVuSans-Oblique.ttf", file(new Font(FontFaces.SANS, Font.ITALIC, 12)));
        assertEquals("DejaVuSansMono.ttf", file(new Font(FontFaces.MONO, Font.PLAIN, 12)));
        assertFalse(FontFaces.fileOf(new Font(Font.SERIF, Font.PLAIN, 12)).isPresent(), "only DejaVu is embedded");
    }

    private static String file(Font font) {
        return FontFaces.fileOf(font).orElseThrow(() -> new AssertionError("no file for " + font)).getFileName()
                .toString();
    }

    @Test
    void aFamilyTheMachineLacksDrawsExactlyLikeDejaVuSansAndMonospaceDiffers() throws Exception {
        BufferedImage arial = png("Arial");
        BufferedImage dejaVu = png("DejaVu Sans");
        assertTrue(samePixels(arial, dejaVu), "Arial (not installed) must fall back to DejaVu Sans");
        assertTrue(samePixels(png("Helvetica"), dejaVu));
        assertFalse(samePixels(png("serif"), dejaVu), "the check can tell faces apart");
        assertFalse(samePixels(png("monospace"), dejaVu), "monospace must give a monospace face");
    }

    @Test
    void pdfEmbedsTheMonospaceFaceWhenTheSpecAsksForIt(@TempDir Path dir) throws Exception {
        assumeTrue(ExternalTool.isInstalled("pdffonts"), "pdffonts (poppler-utils) is not installed");
        Path file = dir.resolve("mono.pdf");
        Files.write(file, engine.render(withFamily("Courier New"), 600, 400, List.of(OutputRequest.of(Format.PDF)))
                .get(0).bytes());
        assertEquals(List.of("DejaVuSansMono"), VectorOutputTest.embeddedFonts(file));
    }

    private BufferedImage png(String family) throws Exception {
        return RasterOutputTest.decode(engine.render(withFamily(family), 600, 400,
                List.of(OutputRequest.of(Format.PNG, 1))).get(0).bytes());
    }

    /** A line whose every text element asks for one family, as theme(text=element_text(family=...)) writes it. */
    static Map<String, Object> withFamily(String family) {
        Map<String, Object> spec = new LinkedHashMap<>(TestFigures.line(100, "Family Check 0123"));
        spec.put("theme", Map.of("text", Map.of("family", family, "blank", false)));
        return spec;
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
