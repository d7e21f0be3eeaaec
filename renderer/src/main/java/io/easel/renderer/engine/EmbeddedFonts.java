package io.easel.renderer.engine;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * Text for one PDF document: a run in one of {@link FontFaces}' DejaVu faces is written as text in that face,
 * embedded as a subset (only the glyphs used, so a figure's PDF stays a few KB); a run in any other family is drawn as
 * glyph outlines, which look right but cannot be searched.
 *
 * <p>Parsing a face's file takes about 50 ms, as long as the rest of the PDF, so each render thread keeps the faces
 * it parsed: PDFBox's TrueTypeFont reads its file lazily and is not safe to share between threads, and a thread writes
 * one PDF at a time. The documents only read them (the subset is built per document).
 */
final class EmbeddedFonts extends PdfBoxGraphics2DFontTextDrawer {
    private static final ThreadLocal<Map<Path, TrueTypeFont>> PARSED = ThreadLocal.withInitial(HashMap::new);

    private final Map<Path, PDFont> loaded = new HashMap<>();

    @Override
    protected boolean hasDynamicFontMapping() {
        return true;
    }

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException {
        Optional<Path> file = FontFaces.fileOf(font);
        if (file.isEmpty()) {
            return null;
        }
        PDFont pdf = loaded.get(file.get());
        if (pdf == null) {
            pdf = PDType0Font.load(env.getDocument(), parsed(file.get()), true);
            loaded.put(file.get(), pdf);
        }
        return pdf;
    }

    private static TrueTypeFont parsed(Path file) throws IOException {
        Map<Path, TrueTypeFont> fonts = PARSED.get();
        TrueTypeFont font = fonts.get(file);
        if (font == null) {
            font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            fonts.put(file, font);
        }
        return font;
    }
}
