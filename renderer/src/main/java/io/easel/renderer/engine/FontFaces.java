package io.easel.renderer.engine;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.TextAttribute;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The faces every figure is drawn with, so a PNG, a PDF and an EPS of one figure show the same letters: DejaVu Sans
 * (the project installs fonts-dejavu-core), DejaVu Sans Mono for monospace and DejaVu Serif for an explicit serif.
 *
 * <p>A family the machine lacks (a spec asking for Arial or Helvetica, Lets-Plot's own "Lucida Grande") falls back to
 * the sans face, never to Java's default serif; a name that says it is monospaced (Courier, Consolas, "Fira Mono")
 * falls back to the monospace face. Without DejaVu the JDK's logical fonts (SansSerif, Monospaced, Serif) stand in.
 *
 * <p>The PDF writer embeds the TrueType file of the face it draws, so this class also knows where those files are.
 */
final class FontFaces {
    static final String SANS = "DejaVu Sans";
    static final String MONO = "DejaVu Sans Mono";
    static final String SERIF = "DejaVu Serif";

    /** Where Debian, Fedora, Arch and macOS/Homebrew put the DejaVu files. */
    private static final List<Path> FONT_DIRECTORIES = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu"),
            Path.of("/usr/share/fonts/dejavu-sans-fonts"),
            Path.of("/usr/share/fonts/dejavu-sans-mono-fonts"),
            Path.of("/usr/share/fonts/dejavu-serif-fonts"),
            Path.of("/usr/share/fonts/dejavu"),
            Path.of("/usr/share/fonts/TTF"),
            Path.of("/usr/local/share/fonts"),
            Path.of("/opt/homebrew/share/fonts"),
            Path.of(System.getProperty("user.home", "/nonexistent"), ".local/share/fonts"));

    private static final Map<String, String> FILE_STEMS = Map.of(SANS, "DejaVuSans", MONO, "DejaVuSansMono",
            SERIF, "DejaVuSerif");

    private static final Set<String> MONOSPACED_NAMES = Set.of("monospace", "courier", "courier new", "consolas",
            "menlo", "monaco", "lucida console", "lucida sans typewriter", "andale mono", "ui-monospace");

    private static final class Installed {
        static final Set<String> FAMILIES = Stream.of(
                        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT))
                .map(FontFaces::key).collect(Collectors.toUnmodifiableSet());
    }

    private FontFaces() {
    }

    /**
     * The one family to draw a CSS font-family list with: the first installed family of the list, else the face its
     * generic or its names ask for (sans unless monospace or an explicit serif).
     */
    static String resolve(List<String> families) {
        for (String family : families) {
            String name = unquote(family);
            String generic = generic(name);
            if (generic != null) {
                return installedOr(generic);
            }
            if (isInstalled(name)) {
                return name;
            }
        }
        return installedOr(families.stream().map(FontFaces::unquote).anyMatch(FontFaces::looksMonospaced)
                ? MONO : SANS);
    }

    /** The face a CSS generic family names, or null when it is not a generic. */
    private static String generic(String name) {
        return switch (key(name)) {
            case "sans-serif", "system-ui", "ui-sans-serif", "cursive", "fantasy" -> SANS;
            case "monospace", "ui-monospace" -> MONO;
            case "serif", "ui-serif" -> SERIF;
            default -> null;
        };
    }

    static boolean looksMonospaced(String name) {
        String key = key(name);
        return MONOSPACED_NAMES.contains(key) || key.contains("mono") || key.endsWith(" code");
    }

    private static String installedOr(String face) {
        if (isInstalled(face)) {
            return face;
        }
        return switch (face) {
            case MONO -> Font.MONOSPACED;
            case SERIF -> Font.SERIF;
            default -> Font.SANS_SERIF;
        };
    }

    static boolean isInstalled(String family) {
        return Installed.FAMILIES.contains(key(family));
    }

    /**
     * The TrueType file of the DejaVu face this font is, for embedding; empty for other families (the PDF then
     * draws their glyphs as outlines) and when the file is not in a known folder.
     */
    static Optional<Path> fileOf(Font font) {
        String stem = FILE_STEMS.get(font.getFamily(Locale.ROOT));
        if (stem == null) {
            return Optional.empty();
        }
        boolean bold = font.isBold() || weight(font) >= TextAttribute.WEIGHT_BOLD;
        boolean italic = font.isItalic() || posture(font) > 0;
        String style = bold && italic ? "-Bold" + (stem.equals("DejaVuSerif") ? "Italic" : "Oblique")
                : bold ? "-Bold"
                : italic ? (stem.equals("DejaVuSerif") ? "-Italic" : "-Oblique")
                : "";
        String fileName = stem + style + ".ttf";
        for (Path dir : FONT_DIRECTORIES) {
            Path file = dir.resolve(fileName);
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    private static float weight(Font font) {
        return font.getAttributes().get(TextAttribute.WEIGHT) instanceof Number n ? n.floatValue() : 0f;
    }

    private static float posture(Font font) {
        return font.getAttributes().get(TextAttribute.POSTURE) instanceof Number n ? n.floatValue() : 0f;
    }

    private static String unquote(String family) {
        String name = family.strip();
        if (name.length() >= 2 && (name.charAt(0) == '"' || name.charAt(0) == '\'')
                && name.charAt(name.length() - 1) == name.charAt(0)) {
            name = name.substring(1, name.length() - 1).strip();
        }
        return name;
    }

    private static String key(String family) {
        return family.strip().toLowerCase(Locale.ROOT);
    }
}
