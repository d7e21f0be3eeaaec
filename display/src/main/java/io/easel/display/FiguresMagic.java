package io.easel.display;

import io.easel.plot.Format;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code %figures [formats=png,svg,pdf] [size=WxH|auto] [scale=S] [max-svg=1MB|none] [reset]}: changes how inline
 * figures are shown, then prints the settings; alone it only prints them.
 */
final class FiguresMagic implements LineMagic<Void, BaseKernel> {

    static final String USAGE = "%figures formats=png,svg,pdf size=800x500 scale=1 max-svg=2MB"
            + " (formats: " + FigureSettings.inlineNames() + "; size=auto: each figure's own size;"
            + " max-svg: the largest SVG or PDF kept, none: no limit; reset: the kernel's settings)";

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)[x×*](\\d+(?:\\.\\d+)?)");

    private final AtomicReference<FigureSettings> settings;
    private final FigureSettings kernelSettings;

    /** @param kernelSettings what {@code reset} returns to: the defaults with the kernel-wide formats */
    FiguresMagic(AtomicReference<FigureSettings> settings, FigureSettings kernelSettings) {
        this.settings = settings;
        this.kernelSettings = kernelSettings;
    }

    @Override
    public Void eval(BaseKernel kernel, List<String> args) {
        if (args.isEmpty()) {
            System.out.println("Figures: " + settings.get().describe());
            System.out.println("Change with: " + USAGE);
            return null;
        }
        apply(settings.get(), kernelSettings, args).ifPresent(changed -> {
            settings.set(changed);
            System.out.println("Figures: " + changed.describe());
        });
        return null;
    }

    /**
     * The settings after every argument, in order, with {@code reset} returning to {@code resetTo}; empty when the
     * arguments asked for --help, which is then printed. A bad argument is picocli's ParameterException, caused by an
     * IllegalArgumentException that says what is wrong with it (nothing changes).
     */
    static Optional<FigureSettings> apply(FigureSettings current, FigureSettings resetTo, List<String> args) {
        Settings settings = new Settings(current, resetTo);
        return MagicCommands.parse(settings, args) ? Optional.of(settings.result) : Optional.empty();
    }

    /**
     * The settings as a picocli command whose option names have no dashes ({@code scale=2}); picocli calls each
     * setter in the order the words come, so a later setting wins and {@code reset} undoes what came before it.
     */
    @Command(name = "%figures", sortOptions = false, customSynopsis = "%%figures [formats=png,svg,pdf] [size=WxH|auto] [scale=S]"
            + " [max-svg=1MB|none] [reset]", description = "Changes how inline figures are shown, then prints the"
            + " settings; alone, only prints them.")
    static final class Settings {
        private final FigureSettings resetTo;
        private FigureSettings result;

        Settings(FigureSettings current, FigureSettings resetTo) {
            this.result = current;
            this.resetTo = resetTo;
        }

        @Option(names = {"formats", "format"}, paramLabel = "LIST",
                description = "the formats of every figure, comma-separated, e.g. png,svg,pdf")
        void formats(String value) {
            result = result.withFormats(FiguresMagic.formats(filled("formats", value)));
        }

        @Option(names = "size", paramLabel = "WxH|auto", description = "the size in CSS pixels, e.g. 800x500;"
                + " auto: each figure's own")
        void size(String value) {
            result = FiguresMagic.size(result, filled("size", value));
        }

        @Option(names = "scale", paramLabel = "S", description = "pixels per CSS pixel of the PNG, JPEG and WebP")
        void scale(String value) {
            result = result.withScale(number("scale", filled("scale", value)));
        }

        @Option(names = {"max-svg", "max_svg"}, paramLabel = "BYTES|none", description = "the largest SVG or PDF kept"
                + " in the notebook, e.g. 2MB; none: no limit")
        void maxSvg(String value) {
            result = result.withMaxSvgBytes(filled("max-svg", value).equalsIgnoreCase("none")
                    ? FigureSettings.NO_SVG_LIMIT : ByteSize.parse(value.strip()));
        }

        @Option(names = "reset", arity = "0", description = "back to the kernel's settings")
        void reset(boolean ignored) {
            result = resetTo;
        }

        @Option(names = "--help", usageHelp = true, description = "show this help")
        boolean help;

        @Parameters(paramLabel = "setting", arity = "0..*", hidden = true)
        void notASetting(String word) {
            if (word.startsWith("-") && word.length() > 1) {
                throw new IllegalArgumentException("settings are written without dashes: "
                        + word.replaceFirst("^-+", "") + ", not " + word);
            }
            int eq = word.indexOf('=');
            throw new IllegalArgumentException(eq <= 0 ? "'" + word + "' is not a setting; write key=value, e.g. scale=2"
                    : "unknown setting '" + word.substring(0, eq).strip() + "'; settings are formats, size, scale,"
                    + " max-svg and reset");
        }

        private static String filled(String key, String value) {
            if (value.isBlank()) {
                throw new IllegalArgumentException(key + "= needs a value");
            }
            return value.strip();
        }
    }

    /** The formats of a comma-separated list, such as {@code png,svg,pdf}. */
    static List<Format> formats(String value) {
        List<Format> formats = new ArrayList<>();
        for (String name : value.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            Format format;
            try {
                format = Format.fromExtension(name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + name.strip() + "' in formats=" + value
                        + ". Inline formats are " + FigureSettings.inlineNames() + ".");
            }
            formats.add(format);
        }
        return formats;
    }

    private static FigureSettings size(FigureSettings current, String value) {
        if (value.equalsIgnoreCase("auto")) {
            return current.withSize(0, 0);
        }
        Matcher m = SIZE.matcher(value.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("size=" + value + " is not a size; write size=WIDTHxHEIGHT in CSS"
                    + " pixels, e.g. size=800x500, or size=auto for each figure's own size.");
        }
        return current.withSize(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)));
    }

    private static double number(String key, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + "=" + value + " is not a number, e.g. " + key + "=2.");
        }
    }
}
