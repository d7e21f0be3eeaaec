package io.easel.rendermanager.cli;

import io.easel.plot.Format;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The export command's arguments.
 *
 * @param specs             spec files ("-" for stdin)
 * @param out               output folder, or a single output file
 * @param formats           formats to write for every spec
 * @param width             CSS pixels, 0 for the spec's own size
 * @param height            CSS pixels, 0 for the spec's own size
 * @param scale             pixel multiplier for raster formats
 * @param rendererClasspath overrides easel.renderer.classpath when not null
 * @param timeoutSeconds    per-figure timeout, 0 for the configured default
 * @param help              --help was given: print {@link #usage()} and do nothing else
 */
record ExportArguments(List<Path> specs, Path out, List<Format> formats, double width, double height, double scale,
                       String rendererClasspath, double timeoutSeconds, boolean help) {

    /**
     * The arguments in {@code args}.
     *
     * @throws ParameterException for an unknown option, a missing or bad value (picocli's words)
     * @throws IllegalArgumentException for arguments that do not fit together
     */
    static ExportArguments parse(String[] args) {
        Words words = new Words();
        CommandLine line = new CommandLine(words).setOverwrittenOptionsAllowed(true);
        line.parseArgs(args);
        if (words.help) {
            return new ExportArguments(words.specs, words.out, words.formats, words.width, words.height, words.scale,
                    words.rendererClasspath, words.timeout, true);
        }
        atLeast(line, "--width", words.width, 0);
        atLeast(line, "--height", words.height, 0);
        above(line, "--scale", words.scale, 0);
        if (words.timeout != 0) {
            above(line, "--timeout", words.timeout, 1e-3);
        }
        if (words.specs.isEmpty()) {
            throw new ParameterException(line, "Name at least one spec file.");
        }
        Path out = words.out;
        boolean outIsFile = out != null && isFile(out);
        Set<Format> formats = new LinkedHashSet<>(words.formats);
        if (formats.isEmpty()) {
            formats.add(outIsFile ? Format.fromExtension(extension(out)) : Format.PNG);
        }
        if (outIsFile && (words.specs.size() > 1 || formats.size() > 1)) {
            throw new IllegalArgumentException("--out " + out + " names a file, but " + words.specs.size()
                    + " spec(s) in " + formats.size() + " format(s) make several files; give a folder instead.");
        }
        return new ExportArguments(List.copyOf(words.specs), out == null ? Path.of(".") : out, List.copyOf(formats),
                words.width, words.height, words.scale, words.rendererClasspath, words.timeout, false);
    }

    /** The --help text: the options with what they do and their defaults. */
    static String usage() {
        return new CommandLine(new Words()).getUsageMessage().stripTrailing();
    }

    /** True when --out names one file rather than a folder. */
    boolean outIsFile() {
        return isFile(out);
    }

    private static boolean isFile(Path out) {
        return hasImageExtension(out) && !Files.isDirectory(out);
    }

    private static boolean hasImageExtension(Path path) {
        String ext = extension(path);
        try {
            Format.fromExtension(ext);
            return !ext.isEmpty();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String extension(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static void atLeast(CommandLine line, String option, double value, double min) {
        if (!(value >= min)) {
            throw new ParameterException(line, "Option " + option + " needs a number of at least " + (int) min
                    + ", got " + value + ".");
        }
    }

    private static void above(CommandLine line, String option, double value, double min) {
        if (!(value > min)) {
            throw new ParameterException(line, "Option " + option + " needs a number above 0, got " + value + ".");
        }
    }

    @Command(name = "java -cp 'renderer-manager/target/dist/*' io.easel.rendermanager.cli.ExportCommand",
            customSynopsis = "java -cp 'renderer-manager/target/dist/*' io.easel.rendermanager.cli.ExportCommand"
                    + " [options] SPEC.json...", sortOptions = false, usageHelpWidth = 110,
            description = {"Renders Lets-Plot raw specs (JSON, e.g. what Python lets-plot's as_dict() gives) to image"
                    + " files, all in one warm renderer."},
            footer = {"A SPEC of \"-\" reads one spec from stdin. Files are named after their spec: a.json -> a.png.",
                    "Exit status: 0 when every file was written, 1 when some figure failed, 2 for a usage error."})
    static final class Words {
        @Option(names = {"-o", "--out"}, paramLabel = "PATH", description = "output folder (default: the current"
                + " folder); with one spec and one format it may be a file name, whose extension then picks the format")
        Path out;

        @Option(names = {"-f", "--format"}, paramLabel = "LIST", split = ",+", splitSynopsisLabel = ",", converter = FormatName.class,
                description = "comma-separated formats: png, jpg, webp, svg, pdf, eps (default: the extension of"
                        + " --out, else png)")
        List<Format> formats = new ArrayList<>();

        @Option(names = {"-W", "--width"}, paramLabel = "PX",
                description = "width in CSS pixels (default: the spec's ggsize, else 600)")
        double width;

        @Option(names = {"-H", "--height"}, paramLabel = "PX",
                description = "height in CSS pixels (default: the spec's ggsize, else 400)")
        double height;

        @Option(names = {"-s", "--scale"}, paramLabel = "N",
                description = "pixel multiplier for png, jpg and webp (default 1; 2 for HiDPI)")
        double scale = 1;

        @Option(names = "--renderer-classpath", paramLabel = "CP", description = "the renderer's jars (default:"
                + " easel.renderer.classpath or EASEL_RENDERER_CLASSPATH)")
        String rendererClasspath;

        @Option(names = "--timeout", paramLabel = "SECONDS",
                description = "per-figure timeout (default 30, or easel.renderer.timeout)")
        double timeout;

        @Option(names = {"--help", "-?"}, usageHelp = true, description = "print this text")
        boolean help;

        @Parameters(paramLabel = "SPEC.json", arity = "0..*", description = "Lets-Plot raw specs, or - for stdin")
        List<Path> specs = new ArrayList<>();
    }

    /** A format by its extension; picocli puts this message after the option's name. */
    static final class FormatName implements ITypeConverter<Format> {
        @Override
        public Format convert(String name) {
            try {
                return Format.fromExtension(name.strip());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
