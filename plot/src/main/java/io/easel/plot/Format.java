package io.easel.plot;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The file formats a figure can be exported to.
 *
 * <p>The constant names match {@code io.easel.plot.Format}, so a renderer can map one to the other with
 * {@code format}.
 */
public enum Format {
    /** Portable Network Graphics: lossless pixels; the scale option multiplies the pixel size. */
    PNG("image/png", true, "png"),
    /** JPEG: lossy pixels, no transparency. */
    JPEG("image/jpeg", true, "jpg", "jpeg"),
    /** WebP: compact pixels. */
    WEBP("image/webp", true, "webp"),
    /** Scalable Vector Graphics. */
    SVG("image/svg+xml", false, "svg"),
    /** Portable Document Format, vector. */
    PDF("application/pdf", false, "pdf"),
    /** Encapsulated PostScript, vector. */
    EPS("application/postscript", false, "eps");

    private final String mimeType;
    private final boolean raster;
    private final List<String> extensions;

    Format(String mimeType, boolean raster, String... extensions) {
        this.mimeType = mimeType;
        this.raster = raster;
        this.extensions = List.of(extensions);
    }

    /** The media type, e.g. {@code image/png}. */
    public String mimeType() {
        return mimeType;
    }

    /** True for pixel formats (PNG, JPEG, WebP), where {@link ExportOptions#scale()} multiplies the pixel size. */
    public boolean isRaster() {
        return raster;
    }

    /** The file name extensions of this format, without the dot; the first is the preferred one. */
    public List<String> extensions() {
        return extensions;
    }

    /** The preferred file name extension, without the dot, e.g. {@code "jpg"} for JPEG. */
    public String extension() {
        return extensions.get(0);
    }

    /**
     * The format for a file name extension: png, jpg, jpeg, webp, svg, pdf or eps (any case, a leading dot allowed).
     *
     * @throws IllegalArgumentException for any other extension, listing the supported ones
     */
    public static Format fromExtension(String extension) {
        Objects.requireNonNull(extension, "extension");
        String wanted = extension.strip().toLowerCase(Locale.ROOT);
        if (wanted.startsWith(".")) {
            wanted = wanted.substring(1);
        }
        for (Format format : values()) {
            if (format.extensions.contains(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown figure format '" + extension + "'. Supported: "
                + supportedExtensions() + ".");
    }

    /**
     * The format named by a file's extension, e.g. {@code plot.svg} gives {@link #SVG}.
     *
     * @throws IllegalArgumentException when the file name has no extension or an unsupported one
     */
    public static Format fromPath(Path path) {
        Objects.requireNonNull(path, "path");
        Path fileName = path.getFileName();
        String name = fileName == null ? "" : fileName.toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            throw new IllegalArgumentException("Cannot tell the figure format of '" + path
                    + "': the file name has no extension. Use one of: " + supportedExtensions() + ".");
        }
        try {
            return fromExtension(name.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot tell the figure format of '" + path + "': extension '"
                    + name.substring(dot + 1) + "' is not supported. Use one of: " + supportedExtensions() + ".");
        }
    }

    /** All accepted extensions, comma separated: {@code png, jpg, jpeg, webp, svg, pdf, eps}. */
    public static String supportedExtensions() {
        return Arrays.stream(values()).flatMap(f -> f.extensions.stream()).collect(Collectors.joining(", "));
    }
}
