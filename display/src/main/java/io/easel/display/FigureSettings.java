package io.easel.display;

import io.easel.plot.ExportOptions;
import io.easel.plot.Figure;
import io.easel.plot.Format;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How inline figures are shown: the formats of each display bundle, the size and the raster scale, and the largest
 * SVG worth putting into the notebook.
 *
 * @param formats     the bundle's formats, in order, without duplicates; EPS is for files only
 * @param width       CSS pixels every figure is shown at, or 0 for each figure's own width
 * @param height      CSS pixels, or 0 for each figure's own height
 * @param scale       pixel multiplier of raster formats (2 keeps HiDPI screens sharp)
 * @param maxSvgBytes when the SVG or the PDF is larger than this, both are left out of the bundle (nbconvert then
 *                    takes the PNG); {@link #NO_SVG_LIMIT} keeps every vector output
 */
public record FigureSettings(List<Format> formats, double width, double height, double scale, long maxSvgBytes) {

    /** Formats a notebook can show or carry (application/pdf for nbconvert); EPS has no place in a notebook. */
    public static final Set<Format> INLINE_FORMATS = EnumSet.of(Format.PNG, Format.SVG, Format.PDF, Format.JPEG,
            Format.WEBP);

    public static final long NO_SVG_LIMIT = Long.MAX_VALUE;

    public static final long DEFAULT_MAX_SVG_BYTES = 1024 * 1024;

    /** The kernel-wide formats, in the syntax of {@code %figures formats=} (install.py --figure-formats sets it). */
    public static final String FORMATS_VARIABLE = "EASEL_FIGURE_FORMATS";

    /**
     * PDF is in by default so that plain {@code nbconvert --to pdf} takes a vector figure and never looks for
     * inkscape to convert the SVG; notebook UIs show the SVG or PNG and ignore it.
     */
    private static final FigureSettings DEFAULTS = new FigureSettings(List.of(Format.PNG, Format.SVG, Format.PDF),
            0, 0, 2, DEFAULT_MAX_SVG_BYTES);

    public FigureSettings {
        Objects.requireNonNull(formats, "formats");
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("formats must name at least one of: " + inlineNames() + ".");
        }
        for (Format format : formats) {
            if (!INLINE_FORMATS.contains(Objects.requireNonNull(format, "format"))) {
                throw new IllegalArgumentException(format.extension() + " cannot be shown in a notebook; inline "
                        + "formats are " + inlineNames() + ". Write " + format.extension() + " files with %export.");
            }
        }
        formats = List.copyOf(new LinkedHashSet<>(formats));
        checkSide("width", width);
        checkSide("height", height);
        if ((width == 0) != (height == 0)) {
            throw new IllegalArgumentException("size needs both a width and a height (or neither, size=auto); got "
                    + number(width) + "x" + number(height) + ".");
        }
        if (!(scale > 0) || scale > ExportOptions.MAX_SCALE) {
            throw new IllegalArgumentException("scale must be a number above 0 and at most "
                    + number(ExportOptions.MAX_SCALE) + " (2 gives HiDPI images), got " + number(scale) + ".");
        }
        if (maxSvgBytes <= 0) {
            throw new IllegalArgumentException("max-svg must be a positive size such as 1MB or 500KB, or 'none', got "
                    + maxSvgBytes + ".");
        }
    }

    private static void checkSide(String what, double value) {
        if (!(value == 0 || (value >= 1 && value <= Figure.MAX_SIZE))) {
            throw new IllegalArgumentException("size " + what + " must be between 1 and "
                    + number(Figure.MAX_SIZE) + " CSS pixels, got " + number(value) + ".");
        }
    }

    /** PNG, SVG and PDF, each figure at its own size, scale 2, vector outputs up to 1 MB. */
    public static FigureSettings defaults() {
        return DEFAULTS;
    }

    /**
     * The kernel's settings: the defaults with the formats of {@value #FORMATS_VARIABLE} when it is set.
     *
     * @throws IllegalArgumentException naming the variable, when its value is not a list of inline formats
     */
    public static FigureSettings fromEnvironment(Map<String, String> environment) {
        String formats = environment.get(FORMATS_VARIABLE);
        if (formats == null || formats.isBlank()) {
            return DEFAULTS;
        }
        try {
            return DEFAULTS.withFormats(FiguresMagic.formats(formats.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(FORMATS_VARIABLE + "=" + formats + " is not usable: " + e.getMessage()
                    + " Set it to a comma-separated list such as png,svg,pdf (install.py --figure-formats).", e);
        }
    }

    public FigureSettings withFormats(List<Format> formats) {
        return new FigureSettings(formats, width, height, scale, maxSvgBytes);
    }

    /** Shows every figure at this size in CSS pixels; 0 x 0 returns to each figure's own size. */
    public FigureSettings withSize(double width, double height) {
        return new FigureSettings(formats, width, height, scale, maxSvgBytes);
    }

    public FigureSettings withScale(double scale) {
        return new FigureSettings(formats, width, height, scale, maxSvgBytes);
    }

    public FigureSettings withMaxSvgBytes(long maxSvgBytes) {
        return new FigureSettings(formats, width, height, scale, maxSvgBytes);
    }

    /** True when figures keep their own size. */
    public boolean ownSize() {
        return width == 0;
    }

    /** The settings in the syntax %figures accepts, so they can be copied back. */
    public String describe() {
        return "formats=" + formats.stream().map(Format::extension).collect(Collectors.joining(","))
                + " size=" + (ownSize() ? "auto" : number(width) + "x" + number(height))
                + " scale=" + number(scale)
                + " max-svg=" + (maxSvgBytes == NO_SVG_LIMIT ? "none" : ByteSize.compact(maxSvgBytes));
    }

    /** "png, svg, pdf, jpeg, webp". */
    public static String inlineNames() {
        List<String> names = new ArrayList<>();
        for (Format format : Format.values()) {
            if (INLINE_FORMATS.contains(format)) {
                names.add(format.name().toLowerCase(Locale.ROOT));
            }
        }
        return String.join(", ", names);
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
