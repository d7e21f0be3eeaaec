package io.easel.protocol;

/**
 * Caps on the JSON a peer may send. A figure's numeric columns travel as binary frames, so a spec that
 * needs more than these is either a mistake or an attack, and both deserve a clear refusal.
 *
 * @param maxJsonBytes largest JSON frame accepted, in bytes
 * @param maxDepth     deepest nesting of maps and lists inside a spec
 */
public record JsonLimits(long maxJsonBytes, int maxDepth) {
    public static final long DEFAULT_MAX_JSON_BYTES = 64L * 1024 * 1024;
    public static final int DEFAULT_MAX_DEPTH = io.easel.plot.json.Json.MAX_DEPTH;

    public JsonLimits {
        if (maxJsonBytes < 1024 || maxJsonBytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxJsonBytes must be between 1 KiB and 2 GiB, got " + maxJsonBytes);
        }
        if (maxDepth < 4 || maxDepth > 10_000) {
            throw new IllegalArgumentException("maxDepth must be between 4 and 10000, got " + maxDepth);
        }
    }

    public static JsonLimits defaults() {
        return new JsonLimits(DEFAULT_MAX_JSON_BYTES, DEFAULT_MAX_DEPTH);
    }

    /** Human-readable size for error messages. */
    public static String describeBytes(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
        }
        if (bytes >= 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }
}
