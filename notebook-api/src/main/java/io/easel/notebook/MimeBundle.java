package io.easel.notebook;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Display data: one representation per MIME type ({@code text/plain}, {@code image/png} as base64...) and their
 * metadata, as Jupyter's display_data carries them. A cell whose value is a bundle shows it as it is.
 *
 * @param data     MIME type to content, in the order the renderer produced them
 * @param metadata MIME type (or key) to metadata, such as an image's width and height
 */
public record MimeBundle(Map<String, Object> data, Map<String, Object> metadata) {

    public MimeBundle {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** The plain-text representation, or an empty string when there is none. */
    public String text() {
        Object text = data.get("text/plain");
        return text == null ? "" : text.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
