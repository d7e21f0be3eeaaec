package io.easel.plot;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks colours against what the renderer's Lets-Plot 4.1 understands, so a typo fails where it is written and not
 * as a rendering error later. Lets-Plot 4.1 knows few names (no "steelblue" or "purple"); hex always works.
 */
final class Colors {

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern FUNCTION = Pattern.compile("(rgb|rgba|color)\\([0-9.,\\s]+\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BASE_NAMES = Set.of("white", "black", "gray", "red", "green", "blue", "yellow",
            "magenta", "cyan", "orange", "pink", "pen", "paper", "brush");
    private static final Set<String> VARIANT_NAMES = Set.of("dark_blue", "dark_green", "dark_magenta", "light_blue",
            "light_gray", "light_green", "light_yellow", "light_magenta", "light_cyan", "light_pink",
            "very_light_gray", "very_light_yellow");

    private Colors() {
    }

    /**
     * The colour, if Lets-Plot can read it.
     *
     * @param what names the setting in the message, e.g. {@code color}
     * @throws IllegalArgumentException otherwise, saying which forms work
     */
    static String check(String what, String color) {
        if (color == null || color.isBlank()) {
            throw new IllegalArgumentException(what + " needs a colour, got " + (color == null ? "null" : "a blank text")
                    + ".");
        }
        if (HEX.matcher(color).matches() || FUNCTION.matcher(color.strip()).matches() || isName(color)) {
            return color;
        }
        String hint = color.startsWith("#") ? " (hex colours need exactly six digits, e.g. #cccccc)" : "";
        throw new IllegalArgumentException("Unknown colour '" + color + "' for " + what + hint
                + "; use #rrggbb (e.g. #1f77b4), rgb(31, 119, 180), or one of the names: "
                + String.join(", ", new TreeSet<>(names())) + ".");
    }

    private static boolean isName(String color) {
        String name = color.toLowerCase(Locale.ROOT).replace("grey", "gray");
        return BASE_NAMES.contains(name) || VARIANT_NAMES.contains(name.replace('-', '_'))
                || VARIANT_NAMES.stream().anyMatch(variant -> variant.replace("_", "").equals(name));
    }

    private static Set<String> names() {
        Set<String> names = new TreeSet<>(BASE_NAMES);
        names.addAll(VARIANT_NAMES);
        return names;
    }
}
