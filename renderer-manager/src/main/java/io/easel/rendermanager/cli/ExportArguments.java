package io.easel.rendermanager.cli;

import io.easel.plot.Format;

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
 */
record ExportArguments(List<Path> specs, Path out, List<Format> formats, double width, double height, double scale,
                     String rendererClasspath, double timeoutSeconds, boolean help) {

    static final String USAGE = """
            Usage: java -cp 'renderer-manager/target/dist/*' io.easel.rendermanager.cli.ExportCommand [options] SPEC.json...
            Renders Lets-Plot raw specs (JSON, e.g. what Python lets-plot's as_dict() gives) to image files,
            all in one warm renderer.
              -o, --out PATH         output folder (default: the current folder); with one spec and one
                                     format it may be a file name, whose extension then picks the format
              -f, --format LIST      comma-separated formats: png, jpg, webp, svg, pdf, eps
                                     (default: the extension of --out, else png)
              -W, --width PX         width in CSS pixels (default: the spec's ggsize, else 600)
              -H, --height PX        height in CSS pixels (default: the spec's ggsize, else 400)
              -s, --scale N          pixel multiplier for png, jpg and webp (default 1; 2 for HiDPI)
                  --renderer-classpath CP   the renderer's jars (default: easel.renderer.classpath or
                                     EASEL_RENDERER_CLASSPATH)
                  --timeout SECONDS  per-figure timeout (default 30, or easel.renderer.timeout)
                  --help             print this text
            A SPEC of "-" reads one spec from stdin. Files are named after their spec: a.json -> a.png.
            Exit status: 0 when every file was written, 1 when some figure failed, 2 for a usage error.""";

    static ExportArguments parse(String[] args) {
        List<Path> specs = new ArrayList<>();
        Path out = null;
        Set<Format> formats = new LinkedHashSet<>();
        double width = 0;
        double height = 0;
        double scale = 1;
        String classpath = null;
        double timeout = 0;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--help", "-?" -> help = true;
                case "-o", "--out", "-f", "--format", "-W", "--width", "-H", "--height", "-s", "--scale",
                        "--renderer-classpath", "--timeout" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException("Option " + name + " needs a value.");
                        }
                        value = args[++i];
                    }
                    switch (name) {
                        case "-o", "--out" -> out = Path.of(value);
                        case "-f", "--format" -> {
                            for (String f : value.split(",")) {
                                if (!f.isBlank()) {
                                    formats.add(Format.fromExtension(f.trim()));
                                }
                            }
                        }
                        case "-W", "--width" -> width = number(name, value, 0);
                        case "-H", "--height" -> height = number(name, value, 0);
                        case "-s", "--scale" -> scale = number(name, value, 1e-9);
                        case "--renderer-classpath" -> classpath = value;
                        default -> timeout = number(name, value, 1e-3);
                    }
                }
                default -> {
                    if (arg.startsWith("-") && !arg.equals("-")) {
                        throw new IllegalArgumentException("Unknown option '" + arg + "'.");
                    }
                    specs.add(Path.of(arg));
                }
            }
        }
        if (help) {
            return new ExportArguments(specs, out, List.copyOf(formats), width, height, scale, classpath, timeout, true);
        }
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("Name at least one spec file.");
        }
        boolean outIsFile = out != null && hasImageExtension(out) && !java.nio.file.Files.isDirectory(out);
        if (formats.isEmpty()) {
            formats.add(outIsFile ? Format.fromExtension(extension(out)) : Format.PNG);
        }
        if (outIsFile && (specs.size() > 1 || formats.size() > 1)) {
            throw new IllegalArgumentException("--out " + out + " names a file, but " + specs.size() + " spec(s) in "
                    + formats.size() + " format(s) make several files; give a folder instead.");
        }
        return new ExportArguments(List.copyOf(specs), out == null ? Path.of(".") : out, List.copyOf(formats), width,
                height, scale, classpath, timeout, false);
    }

    /** True when --out names one file rather than a folder. */
    boolean outIsFile() {
        return hasImageExtension(out) && !java.nio.file.Files.isDirectory(out);
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

    private static double number(String option, String value, double min) {
        try {
            double n = Double.parseDouble(value);
            if (n >= min && Double.isFinite(n)) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("Option " + option + " needs a number" + (min > 0 ? " above 0" : "")
                + ", got '" + value + "'.");
    }
}
