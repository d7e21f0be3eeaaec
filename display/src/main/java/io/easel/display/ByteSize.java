package io.easel.display;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** File sizes for people: "48 KB", "1.5 MB", and back from "500KB" or "2MB" (binary units, as file managers use). */
final class ByteSize {

    private static final long KB = 1024;
    private static final long MB = KB * 1024;
    private static final long GB = MB * 1024;
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(b|bytes?|k|kb|kib|m|mb|mib|g|gb|gib)?");

    private ByteSize() {
    }

    /** "812 bytes", "48 KB", "1.5 MB". */
    static String format(long bytes) {
        if (bytes < KB) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < MB) {
            return Math.max(1, Math.round(bytes / (double) KB)) + " KB";
        }
        if (bytes < GB) {
            return oneDecimal(bytes / (double) MB) + " MB";
        }
        return oneDecimal(bytes / (double) GB) + " GB";
    }

    /** A size without spaces that {@link #parse} reads back exactly: "1MB", "1536KB", "1000". */
    static String compact(long bytes) {
        if (bytes % MB == 0) {
            return bytes / MB + "MB";
        }
        if (bytes % KB == 0) {
            return bytes / KB + "KB";
        }
        return Long.toString(bytes);
    }

    /**
     * Reads "1000", "500KB", "2MB", "1.5mb".
     *
     * @throws IllegalArgumentException with an example when the text is not a size
     */
    static long parse(String text) {
        Matcher m = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size; write it like 1MB, 500KB or 200000.");
        }
        BigDecimal number = new BigDecimal(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2);
        long factor = switch (unit.charAt(0)) {
            case 'k' -> KB;
            case 'm' -> MB;
            case 'g' -> GB;
            default -> 1;
        };
        BigDecimal bytes = number.multiply(BigDecimal.valueOf(factor));
        if (bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0) {
            throw new IllegalArgumentException("'" + text + "' is too large a size.");
        }
        return bytes.longValue();
    }

    private static String oneDecimal(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
