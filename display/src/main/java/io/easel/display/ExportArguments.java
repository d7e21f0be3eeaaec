package io.easel.display;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*");

    /**
     * The arguments, or empty when they asked for --help (then printed).
     *
     * @throws ParameterException for a mistake, which the kernel shows with the synopsis
     */
    static Optional<ExportArguments> parse(List<String> args) {
        Words words = new Words();
        if (!MagicCommands.parse(words, args)) {
            return Optional.empty();
        }
        List<String> positional = new ArrayList<>(words.positional);
        if (positional.isEmpty()) {
            throw new ParameterException(words.spec.commandLine(), "give the file to write");
        }
        String figureName = null;
        if (IDENTIFIER.matcher(positional.get(0)).matches()) {
            figureName = positional.remove(0);
            if (positional.isEmpty()) {
                throw new ParameterException(words.spec.commandLine(), "'" + figureName + "' has no file extension."
                        + " Give a file name such as " + figureName + ".png, or a figure and then files: %export "
                        + figureName + " out.png");
            }
        }
        return Optional.of(new ExportArguments(figureName, List.copyOf(positional), optional(words.width),
                optional(words.height), optional(words.scale)));
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    @Command(name = "%export", customSynopsis = "%%export [figure] path... [--width W] [--height H] [--scale S]"
            + " (e.g. %%export out.png, %%export fig chart.svg chart.pdf --width 800)",
            description = "Writes the last figure shown, or the Figure variable named first, to files whose extensions"
                    + " (png, jpg, jpeg, webp, svg, pdf, eps) pick the formats, all from one render. Unless the options"
                    + " say otherwise, files get what the notebook showed: the %%figures size and scale.")
    static final class Words {
        @Spec
        CommandSpec spec;

        @Option(names = "--width", paramLabel = "W", converter = FiniteNumber.class,
                description = "width in CSS pixels")
        Double width;

        @Option(names = "--height", paramLabel = "H", converter = FiniteNumber.class,
                description = "height in CSS pixels")
        Double height;

        @Option(names = "--scale", paramLabel = "S", converter = FiniteNumber.class,
                description = "pixels per CSS pixel for png, jpg and webp (2 for HiDPI)")
        Double scale;

        @Option(names = "--help", usageHelp = true, description = "show this help")
        boolean help;

        @Parameters(paramLabel = "[figure] path", arity = "0..*",
                description = "a Figure variable (optional), then the files to write")
        List<String> positional = new ArrayList<>();
    }

    /** A number that is finite: NaN and Infinity are typed by mistake, never meant. */
    static final class FiniteNumber implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            try {
                double number = Double.parseDouble(value);
                if (Double.isFinite(number)) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // the message below says what was expected
            }
            throw new TypeConversionException("expects a number, e.g. 800 or 1.5; got '" + value + "'");
        }
    }
}
