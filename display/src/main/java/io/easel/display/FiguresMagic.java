package io.easel.display;

import io.easel.plot.Format;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        FigureSettings changed = apply(settings.get(), kernelSettings, args);
        settings.set(changed);
        System.out.println("Figures: " + changed.describe());
        return null;
    }

    /** The settings after every argument, or an IllegalArgumentException naming the first bad one (nothing changes). */
    static FigureSettings apply(FigureSettings current, List<String> args) {
        return apply(current, FigureSettings.defaults(), args);
    }

    /** As {@link #apply(FigureSettings, List)}, with {@code reset} returning to {@code resetTo}. */
    static FigureSettings apply(FigureSettings current, FigureSettings resetTo, List<String> args) {
        FigureSettings result = current;
        for (String arg : args) {
            if (arg.equalsIgnoreCase("reset")) {
                result = resetTo;
                continue;
            }
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("'" + arg + "' is not a setting. Use key=value, e.g. " + USAGE + ".");
            }
            String key = arg.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = arg.substring(eq + 1).strip();
            if (value.isEmpty()) {
                throw new IllegalArgumentException(key + "= needs a value, e.g. " + USAGE + ".");
            }
            result = switch (key) {
                case "formats", "format" -> result.withFormats(formats(value));
                case "size" -> size(result, value);
                case "scale" -> result.withScale(number("scale", value));
                case "max-svg", "max_svg" -> result.withMaxSvgBytes(value.equalsIgnoreCase("none")
                        ? FigureSettings.NO_SVG_LIMIT : ByteSize.parse(value));
                default -> throw new IllegalArgumentException("unknown setting '" + key
                        + "'. Settings are formats, size, scale and max-svg, e.g. " + USAGE + ".");
            };
        }
        return result;
    }

    private static List<Format> formats(String value) {
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
