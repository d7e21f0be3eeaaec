package io.easel.plot.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Recursive-descent parser behind {@link Json#parse}; one instance reads one document. Longer than most classes here
 * because a strict RFC 8259 reader with line-and-column errors is one grammar, and splitting it would scatter it.
 */
final class JsonReader {

    private final String text;
    private final String subject;
    private int pos;
    private int depth;

    JsonReader(String text, String subject) {
        this.text = Objects.requireNonNull(text, "JSON text");
        this.subject = subject;
    }

    Object readDocument() {
        skipWhitespace();
        if (pos == text.length()) {
            throw error(pos, "the text is empty; expected a JSON value");
        }
        Object value = readValue();
        skipWhitespace();
        if (pos < text.length()) {
            throw error(pos, "unexpected " + describe(text.charAt(pos)) + " after the end of the JSON value");
        }
        return value;
    }

    private Object readValue() {
        if (pos >= text.length()) {
            throw error(pos, "unexpected end of input; expected a value");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return readObject();
            case '[':
                return readArray();
            case '"':
                return readString();
            case 't':
                return readLiteral("true", Boolean.TRUE);
            case 'f':
                return readLiteral("false", Boolean.FALSE);
            case 'n':
                return readLiteral("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return readNumber();
                }
                throw unexpectedValueStart(c);
        }
    }

    private JsonParseException unexpectedValueStart(char c) {
        if (text.startsWith("NaN", pos) || text.startsWith("Infinity", pos)) {
            return error(pos, "NaN and Infinity are not valid JSON; write null for a missing number");
        }
        if (c == '\'') {
            return error(pos, "single quotes are not valid JSON; use double quotes");
        }
        if (c == '/') {
            return error(pos, "comments are not allowed in JSON");
        }
        return error(pos, "unexpected " + describe(c)
                + "; expected a value (object, array, string, number, true, false or null)");
    }

    private Map<String, Object> readObject() {
        int start = pos;
        enter(start);
        pos++; // '{'
        Map<String, Object> object = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            depth--;
            return object;
        }
        boolean afterComma = false;
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error(pos, !afterComma ? "expected '\"' to start a key, or '}'"
                        : peek() == '}' ? "expected a key after ','; trailing commas are not allowed in JSON"
                        : "expected '\"' to start a key");
            }
            int keyPos = pos;
            String key = readString();
            if (object.containsKey(key)) {
                throw error(keyPos, "duplicate key '" + key + "'");
            }
            skipWhitespace();
            if (peek() != ':') {
                throw error(pos, "expected ':' after the key '" + key + "'");
            }
            pos++;
            skipWhitespace();
            object.put(key, readValue());
            skipWhitespace();
            char next = peek();
            if (next == ',') {
                pos++;
                afterComma = true;
            } else if (next == '}') {
                pos++;
                depth--;
                return object;
            } else {
                throw error(pos, "expected ',' or '}'");
            }
        }
    }

    private List<Object> readArray() {
        enter(pos);
        pos++; // '['
        List<Object> array = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            depth--;
            return array;
        }
        while (true) {
            skipWhitespace();
            if (peek() == ']') {
                throw error(pos, "expected a value after ','; trailing commas are not allowed in JSON");
            }
            array.add(readValue());
            skipWhitespace();
            char next = peek();
            if (next == ',') {
                pos++;
            } else if (next == ']') {
                pos++;
                depth--;
                return array;
            } else {
                throw error(pos, "expected ',' or ']'");
            }
        }
    }

    private void enter(int at) {
        if (++depth > Json.MAX_DEPTH) {
            throw error(at, "nesting deeper than " + Json.MAX_DEPTH + " levels");
        }
    }

    private String readString() {
        int start = pos;
        pos++; // opening quote
        StringBuilder out = null;
        int runStart = pos;
        while (true) {
            if (pos >= text.length()) {
                throw error(start, "this string is never closed (missing '\"')");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                String value = out == null ? text.substring(runStart, pos) : out.append(text, runStart, pos).toString();
                pos++;
                return value;
            }
            if (c < 0x20) {
                throw error(pos, "control character U+" + String.format("%04X", (int) c)
                        + " inside a string; escape it (e.g. \\n for a line break)");
            }
            if (c == '\\') {
                if (out == null) {
                    out = new StringBuilder();
                }
                out.append(text, runStart, pos);
                out.append(readEscape());
                runStart = pos;
            } else {
                pos++;
            }
        }
    }

    private char readEscape() {
        int escapeAt = pos;
        pos++; // backslash
        if (pos >= text.length()) {
            throw error(escapeAt, "unfinished escape sequence at the end of input");
        }
        char c = text.charAt(pos++);
        switch (c) {
            case '"':
                return '"';
            case '\\':
                return '\\';
            case '/':
                return '/';
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                if (pos + 4 > text.length()) {
                    throw error(escapeAt, "\\u must be followed by four hex digits");
                }
                int code = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(text.charAt(pos + i), 16);
                    if (digit < 0) {
                        throw error(escapeAt, "\\u must be followed by four hex digits");
                    }
                    code = code * 16 + digit;
                }
                pos += 4;
                return (char) code;
            default:
                throw error(escapeAt, "invalid escape sequence '\\" + c + "'");
        }
    }

    private Object readNumber() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (pos >= text.length() || !isDigit(text.charAt(pos))) {
            throw error(start, "a number needs digits after '-'");
        }
        if (text.charAt(pos) == '0' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1))) {
            throw error(start, "numbers must not have leading zeros");
        }
        skipDigits();
        boolean whole = true;
        if (peek() == '.') {
            whole = false;
            pos++;
            if (pos >= text.length() || !isDigit(text.charAt(pos))) {
                throw error(start, "a number needs digits after the decimal point");
            }
            skipDigits();
        }
        if (peek() == 'e' || peek() == 'E') {
            whole = false;
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (pos >= text.length() || !isDigit(text.charAt(pos))) {
                throw error(start, "a number needs digits in its exponent");
            }
            skipDigits();
        }
        String literal = text.substring(start, pos);
        if (whole && literal.length() <= 19) {
            long value;
            try {
                value = Long.parseLong(literal);
            } catch (NumberFormatException tooBig) {
                return Double.parseDouble(literal);
            }
            if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
                return (int) value;
            }
            return value;
        }
        return Double.parseDouble(literal);
    }

    private void skipDigits() {
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Object readLiteral(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw unexpectedValueStart(text.charAt(pos));
        }
        pos += word.length();
        return value;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else {
                return;
            }
        }
    }

    private static String describe(char c) {
        if (c < 0x20 || c == 0x7f) {
            return "character U+" + String.format("%04X", (int) c);
        }
        return "character '" + c + "'";
    }

    private JsonParseException error(int at, String problem) {
        if (at >= text.length() && problem.startsWith("expected")) {
            problem = "unexpected end of input; " + problem;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new JsonParseException(subject, line, at - lineStart + 1, problem);
    }
}
