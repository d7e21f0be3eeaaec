package io.easel.plot.json;

/**
 * A small, strict JSON reader and writer (RFC 8259), so the plot module needs no library.
 *
 * <p>Reading gives {@link java.util.LinkedHashMap} for objects (key order kept), {@link java.util.ArrayList} for
 * arrays, {@link String}, {@link Boolean}, {@code null}, and for numbers {@link Integer} or {@link Long} when the text
 * is a whole number that fits, else {@link Double}. Nothing lenient is accepted: no comments, trailing commas, single
 * quotes, NaN, duplicate keys, or text after the value.
 *
 * <p>Writing accepts maps with string keys, lists, arrays of primitives or objects, strings, numbers, booleans and
 * null. Non-finite numbers (NaN, infinities) have no JSON form and are written as {@code null}. Doubles always keep
 * a fraction or exponent ({@code 3.0}) and integers never have one ({@code 3}), so each reads back as the type it was.
 */
public final class Json {

    /**
     * Nesting deeper than this is refused, both ways, so a hostile document cannot exhaust the stack. It is the one
     * depth limit of a figure spec: the wire protocol and the renderer's spec copy use it too, so a spec this module
     * writes is never refused further on for its depth. Real specs nest fewer than ten levels.
     */
    public static final int MAX_DEPTH = 64;

    private Json() {
    }

    /**
     * Parses one JSON value.
     *
     * @throws JsonParseException with line and column when the text is not valid JSON
     */
    public static Object parse(String text) {
        return parse(text, "JSON");
    }

    /**
     * Parses one JSON value, naming the document in error messages:
     * {@code parse(text, "figure spec JSON")} fails with "Invalid figure spec JSON at line 3, column 14: ...".
     */
    public static Object parse(String text, String subject) {
        return new JsonReader(text, subject).readDocument();
    }

    /** Writes a value as compact JSON. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        new JsonWriter(out, false).write(value);
        return out.toString();
    }

    /** Writes a value as indented JSON; arrays of plain values stay on one line so data columns remain readable. */
    public static String writePretty(Object value) {
        StringBuilder out = new StringBuilder();
        new JsonWriter(out, true).write(value);
        return out.toString();
    }
}
