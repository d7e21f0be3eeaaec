package io.easel.plot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormatTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"png,PNG", "jpg,JPEG", "jpeg,JPEG", "webp,WEBP", "svg,SVG", "pdf,PDF", "eps,EPS",
            "PNG,PNG", ".Jpg,JPEG", " svg ,SVG"})
    void fromExtensionAcceptsEverySupportedSpelling(String extension, Format expected) {
        assertEquals(expected, Format.fromExtension(extension));
    }

    @Test
    void unknownExtensionListsTheSupportedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Format.fromExtension("gif"));
        assertEquals("Unknown figure format 'gif'. Supported: png, jpg, jpeg, webp, svg, pdf, eps.", e.getMessage());
    }

    @Test
    void fromPathReadsTheFileNameExtension() {
        assertEquals(Format.PDF, Format.fromPath(Path.of("out", "figure.v2.PDF")));
        assertEquals(Format.JPEG, Format.fromPath(Path.of("/tmp/a.jpeg")));
    }

    @Test
    void fromPathExplainsMissingOrUnsupportedExtensions() {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> Format.fromPath(Path.of("out", "figure")));
        assertEquals("Cannot tell the figure format of 'out/figure': the file name has no extension. "
                + "Use one of: png, jpg, jpeg, webp, svg, pdf, eps.", none.getMessage());
        IllegalArgumentException trailingDot = assertThrows(IllegalArgumentException.class,
                () -> Format.fromPath(Path.of("figure.")));
        assertTrue(trailingDot.getMessage().contains("has no extension"), trailingDot.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> Format.fromPath(Path.of("figure.tiff")));
        assertEquals("Cannot tell the figure format of 'figure.tiff': extension 'tiff' is not supported. "
                + "Use one of: png, jpg, jpeg, webp, svg, pdf, eps.", bad.getMessage());
    }

    @Test
    void describesEachFormat() {
        assertEquals("image/svg+xml", Format.SVG.mimeType());
        assertEquals("application/postscript", Format.EPS.mimeType());
        assertEquals("jpg", Format.JPEG.extension());
        assertEquals(List.of("jpg", "jpeg"), Format.JPEG.extensions());
        assertTrue(Format.WEBP.isRaster());
        assertFalse(Format.PDF.isRaster());
    }
}
