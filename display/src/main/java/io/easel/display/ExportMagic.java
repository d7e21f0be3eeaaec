package io.easel.display;

import io.easel.plot.AtomicFiles;
import io.easel.plot.ExportOptions;
import io.easel.plot.Figure;
import io.easel.plot.FigureErrorKind;
import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;

import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code %export [figure] path... [--width W] [--height H] [--scale S]}: writes the last figure shown, or a named
 * session variable, to files whose extensions pick the formats. Every path is checked before anything is rendered;
 * all formats come from one render; each file is written atomically.
 *
 * <p>Unless the options say otherwise, files get what the notebook showed: the {@code %figures} size (or the
 * figure's own) and raster scale (2 by default, so a 600x400 figure gives a 1200x800 PNG).
 */
final class ExportMagic implements LineMagic<Void, BaseKernel> {

    private final FigureImageSource images;
    private final AtomicReference<FigureSettings> settings;
    private final LastFigure lastFigure;

    ExportMagic(FigureImageSource images, AtomicReference<FigureSettings> settings, LastFigure lastFigure) {
        this.images = images;
        this.settings = settings;
        this.lastFigure = lastFigure;
    }

    @Override
    public Void eval(BaseKernel kernel, List<String> args) {
        Optional<ExportArguments> parsed = ExportArguments.parse(args);
        if (parsed.isEmpty()) {
            return null;
        }
        ExportArguments arguments = parsed.get();
        Figure figure = arguments.figureName() == null ? lastShown() : lookUp(kernel, arguments.figureName());
        for (String line : export(figure, arguments)) {
            System.out.println(line);
        }
        return null;
    }

    /** Writes the files and returns one "Wrote ..." line per file. */
    List<String> export(Figure figure, ExportArguments arguments) {
        List<Target> targets = new ArrayList<>();
        for (String typed : arguments.paths()) {
            Format format = Format.fromPath(Path.of(typed));
            Path path = resolve(typed);
            try {
                AtomicFiles.checkWritable(path);
            } catch (UncheckedIOException e) {
                throw cannotWrite(typed, e);
            }
            targets.add(new Target(typed, path, format));
        }
        FigureSettings current = settings.get();
        ExportOptions options = new ExportOptions(arguments.width().orElse(current.width()),
                arguments.height().orElse(current.height()), arguments.scale().orElse(current.scale()))
                .resolvedFor(figure);

        Set<Format> formats = new LinkedHashSet<>();
        targets.forEach(t -> formats.add(t.format()));
        List<OutputRequest> outputs = new ArrayList<>();
        for (Format format : formats) {
            outputs.add(OutputRequest.atRasterScale(format, options.scale()));
        }
        List<RenderedImage> rendered = images.render(figure.toSpec(), options.width(), options.height(), outputs);
        Map<Format, RenderedImage> byFormat = new EnumMap<>(Format.class);
        for (RenderedImage image : rendered) {
            byFormat.put(image.format(), image);
        }

        List<String> written = new ArrayList<>();
        for (Target target : targets) {
            RenderedImage image = byFormat.get(target.format());
            if (image == null) {
                throw new FigureRenderException(FigureErrorKind.INTERNAL, "The renderer returned no "
                        + target.format().extension()
                        + " image; nothing was written to " + target.typed() + ". See %renderer log.");
            }
            try {
                AtomicFiles.writeAtomically(target.path(), image.bytes());
            } catch (UncheckedIOException e) {
                throw cannotWrite(target.typed(), e);
            }
            written.add("Wrote " + target.typed() + " (" + image.pixelWidth() + "x" + image.pixelHeight()
                    + (target.format().isRaster() ? " px, " : " CSS px, ") + ByteSize.format(image.bytes().length)
                    + ")");
        }
        return written;
    }

    /**
     * A write failure as an IllegalArgumentException, which the kernel shows as a plain "MagicError: %export: ..."
     * message, naming the path the way the user typed it.
     */
    private static IllegalArgumentException cannotWrite(String typed, UncheckedIOException e) {
        return new IllegalArgumentException("cannot write " + typed + ": " + e.getCause().getMessage(), e);
    }

    /** A path as typed: relative to the kernel's working folder (the notebook's), a leading ~ for the home folder. */
    static Path resolve(String typed) {
        if (typed.equals("~") || typed.startsWith("~/")) {
            return Path.of(System.getProperty("user.home"), typed.substring(1).replaceFirst("^/", ""));
        }
        return Path.of(typed);
    }

    private Figure lastShown() {
        return lastFigure.get().orElseThrow(() -> new IllegalArgumentException("no figure has been shown yet, so "
                + "there is nothing to export. Show one first (a cell ending in a Figure, or display(fig)), or name "
                + "a Figure variable: %export fig out.png"));
    }

    /** The session variable {@code name}, which must hold a Figure. */
    static Figure lookUp(BaseKernel kernel, String name) {
        Object value;
        try {
            value = kernel.evalRaw(name);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("there is no variable '" + name + "' in this session. Define it first "
                    + "(Figure " + name + " = Plot.line(x, y);), or leave the name out to export the last figure "
                    + "shown.");
        }
        if (value instanceof Figure figure) {
            return figure;
        }
        throw new IllegalArgumentException("'" + name + "' is " + (value == null ? "null"
                : "a " + value.getClass().getName()) + ", not a Figure; %export writes figures only.");
    }

    private record Target(String typed, Path path, Format format) {
    }
}
