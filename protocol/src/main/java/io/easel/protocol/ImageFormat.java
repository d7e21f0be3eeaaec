package io.easel.protocol;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats the renderer can produce; the wire carries {@link #wireName()}. */
public enum ImageFormat {
    PNG("png", "image/png", List.of("png"), true),
    JPEG("jpeg", "image/jpeg", List.of("jpg", "jpeg"), true),
    WEBP("webp", "image/webp", List.of("webp"), true),
    SVG("svg", "image/svg+xml", List.of("svg"), false),
    PDF("pdf", "application/pdf", List.of("pdf"), false),
    EPS("eps", "application/postscript", List.of("eps"), false);

    private final String wireName;
    private final String mimeType;
    private final List<String> extensions;
    private final boolean raster;

    ImageFormat(String wireName, String mimeType, List<String> extensions, boolean raster) {
        this.wireName = wireName;
        this.mimeType = mimeType;
        this.extensions = extensions;
        this.raster = raster;
    }

    public String wireName() {
        return wireName;
    }

    public String mimeType() {
        return mimeType;
    }

    /** File name extensions without the dot; the first is the preferred one. */
    public List<String> extensions() {
        return extensions;
    }

    /** True for pixel formats, where the request's scale multiplies the pixel size. */
    public boolean isRaster() {
        return raster;
    }

    /** Accepts a wire name or any extension, case-insensitive. */
    public static ImageFormat fromName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
        for (ImageFormat f : values()) {
            if (f.wireName.equals(n) || f.extensions.contains(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown image format '" + name + "'. Supported: " + supportedNames() + ".");
    }

    public static String supportedNames() {
        return Arrays.stream(values()).flatMap(f -> f.extensions.stream()).collect(Collectors.joining(", "));
    }
}
