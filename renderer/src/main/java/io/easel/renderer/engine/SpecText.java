package io.easel.renderer.engine;

import io.easel.plot.FigureErrorKind;
import java.util.regex.Pattern;

/**
 * The rules for every text in a spec, applied while it is copied ({@link SpecSnapshot}).
 * <ul>
 *   <li>Characters XML cannot carry (NUL, BEL, vertical tab, ESC, the other C0 controls but tab, newline
 *       and carriage return; DEL and C1 controls; lone surrogates; U+FFFE/U+FFFF) become U+FFFD. Lets-Plot
 *       copies text verbatim into the SVG, and one such character made the whole figure unloadable.</li>
 *   <li>A text longer than {@value #MAX_TEXT_CHARS} characters is refused: a 5 MB title used up the heap
 *       while being laid out. Image layers' {@code href} (a data: URL that may be megabytes) is exempt.</li>
 *   <li>A font family may hold only what font names hold; Lets-Plot copies it verbatim into CSS (the
 *       {@code <style>} block and {@code style} attributes), where {@code ;} {@code @import url(...)} would
 *       make a notebook viewer fetch from anywhere.</li>
 * </ul>
 */
final class SpecText {
    static final int MAX_TEXT_CHARS = 100_000;
    static final char REPLACEMENT = '\uFFFD';
    private static final Pattern FONT_FAMILY = Pattern.compile("[\\p{L}\\p{M}\\p{N} ,.'_+&-]*");
    private static final int SHOWN_CHARS = 60;

    private SpecText() {
    }

    /** The text with unencodable characters replaced; the same instance when there were none. */
    static String clean(String text, String key, String path) throws RenderException {
        if (text.length() > MAX_TEXT_CHARS && !"href".equals(key)) {
            throw new RenderException(FigureErrorKind.TOO_LARGE, "A text in the figure spec (at " + path + ") is "
                    + text.length() + " characters long; a text may have at most " + MAX_TEXT_CHARS
                    + ". Shorten it: no title or label can show that much.");
        }
        String cleaned = replaceControls(text);
        if ("family".equals(key) && !FONT_FAMILY.matcher(cleaned).matches()) {
            throw new RenderException(FigureErrorKind.BAD_SPEC, "The font family at " + path + " is '" + shown(cleaned)
                    + "'; a family name may hold only letters, digits, spaces and , . ' _ + & -. Name an installed "
                    + "font such as \"DejaVu Sans\" or a generic one such as \"sans-serif\".");
        }
        return cleaned;
    }

    static String replaceControls(String text) {
        int i = 0;
        while (i < text.length() && isEncodable(text, i)) {
            i += Character.charCount(text.codePointAt(i));
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, i);
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (isEncodable(text, i)) {
                out.appendCodePoint(cp);
            } else {
                out.append(REPLACEMENT);
            }
            i += n;
        }
        return out.toString();
    }

    private static boolean isEncodable(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (c >= 0x7F && c <= 0x9F) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return !Character.isLowSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }

    private static String shown(String text) {
        return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "...";
    }
}
