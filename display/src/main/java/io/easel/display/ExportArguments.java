package io.easel.display;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * The parsed arguments of {@code %export [figure] path... [--width W] [--height H] [--scale S]}.
 *
 * <p>A first argument that is a Java identifier names a session variable (a file name to write always has an
 * extension, so it cannot be one); everything else is an output path.
 *
 * @param figureName the variable to export, or null for the last figure shown
 * @param paths      the output paths as typed, at least one
 * @param width      CSS pixels, when given
 * @param height     CSS pixels, when given
 * @param scale      raster scale, when given
 */
record ExportArguments(String figureName, List<String> paths, OptionalDouble width, OptionalDouble height,
                       OptionalDouble scale) {

    static final String USAGE = "%export [figure] path... [--width W] [--height H] [--scale S]"
            + " (e.g. %export out.png, %export fig chart.svg chart.pdf --width 800)";

    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*");

    static ExportArguments parse(List<String> args) {
        List<String> positional = new ArrayList<>();
        OptionalDouble width = OptionalDouble.empty();
        OptionalDouble height = OptionalDouble.empty();
        OptionalDouble scale = OptionalDouble.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value, e.g. --" + name + " "
                        + example(name) + ". Usage: " + USAGE);
            }
            switch (name.toLowerCase(Locale.ROOT)) {
                case "width" -> width = OptionalDouble.of(number(name, value));
                case "height" -> height = OptionalDouble.of(number(name, value));
                case "scale" -> scale = OptionalDouble.of(number(name, value));
                default -> throw new IllegalArgumentException("unknown option --" + name
                        + ". Options are --width, --height (CSS pixels) and --scale. Usage: " + USAGE);
            }
        }
        if (positional.isEmpty()) {
            throw new IllegalArgumentException("give the file to write. Usage: " + USAGE);
        }
        String figureName = null;
        if (IDENTIFIER.matcher(positional.get(0)).matches()) {
            figureName = positional.remove(0);
            if (positional.isEmpty()) {
                throw new IllegalArgumentException("'" + figureName + "' has no file extension. Give a file name "
                        + "such as " + figureName + ".png, or a figure and then files: %export " + figureName
                        + " out.png. Usage: " + USAGE);
            }
        }
        return new ExportArguments(figureName, List.copyOf(positional), width, height, scale);
    }

    private static double number(String name, String value) {
        try {
            double number = Double.parseDouble(value);
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // the message below says what was expected
        }
        throw new IllegalArgumentException("--" + name + " expects a number, e.g. --" + name + " " + example(name)
                + "; got '" + value + "'.");
    }

    private static String example(String name) {
        return name.equalsIgnoreCase("scale") ? "2" : "800";
    }
}
