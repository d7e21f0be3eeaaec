package io.easel.kernel.session;

import java.nio.charset.StandardCharsets;

/**
 * Finds string constants too long for a class file before JShell compiles them. javac reports such a constant
 * ("constant string too long"), but its reused compiler context keeps the string in its constant pool afterwards,
 * and every later cell of the session then fails with "UTF8 representation ... too long for the constant pool".
 * Refusing the cell first is the only way to keep the session usable.
 *
 * <p>A light lexer is enough: comments, character literals, string literals and text blocks, and literals joined by
 * {@code +} alone (which javac folds into one constant).
 */
final class StringConstantCheck {

    /** The class-file limit on one constant's UTF-8 (modified UTF-8 is never shorter than UTF-8). */
    static final int MAX_CONSTANT_BYTES = 65_535;

    private StringConstantCheck() {
    }

    /**
     * @return the 1-based line of the first string constant over the limit, or 0 when there is none
     */
    static int firstTooLongConstant(String source) {
        // below this no literal can reach the limit: a character is at most 3 bytes of UTF-8 per char of source
        if (source.length() <= MAX_CONSTANT_BYTES / 3) {
            return 0;
        }
        long joined = 0;
        int joinedLine = 0;
        boolean afterPlus = false;
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                int stop = end < 0 ? n : end + 2;
                line += count(source, i, stop);
                i = stop;
            } else if (c == '"' || c == '\'') {
                boolean textBlock = source.startsWith("\"\"\"", i);
                int end = textBlock ? endOfTextBlock(source, i + 3) : endOfQuoted(source, i + 1, c);
                long bytes = c == '\'' ? 0 : utf8Length(source, i + (textBlock ? 3 : 1), end - (textBlock ? 3 : 1));
                if (c == '"') {
                    joined = afterPlus ? joined + bytes : bytes;
                    joinedLine = afterPlus ? joinedLine : line;
                    if (joined > MAX_CONSTANT_BYTES) {
                        return joinedLine;
                    }
                }
                afterPlus = false;
                line += count(source, i, end);
                i = end;
            } else if (c == '+' && joined > 0 && !source.startsWith("++", i) && !source.startsWith("+=", i)) {
                afterPlus = true;
                i++;
            } else {
                joined = 0;
                afterPlus = false;
                i++;
            }
        }
        return 0;
    }

    private static int endOfQuoted(String s, int from, char quote) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote || c == '\n') {
                return i + 1;
            } else {
                i++;
            }
        }
        return s.length();
    }

    private static int endOfTextBlock(String s, int from) {
        int i = from;
        while (i < s.length()) {
            if (s.charAt(i) == '\\') {
                i += 2;
            } else if (s.startsWith("\"\"\"", i)) {
                return i + 3;
            } else {
                i++;
            }
        }
        return s.length();
    }

    /** UTF-8 bytes of the literal's text, counting an escape as the one character it stands for. */
    private static long utf8Length(String s, int from, int to) {
        if (to <= from) {
            return 0;
        }
        String body = s.substring(from, to).replaceAll("\\\\(u+[0-9a-fA-F]{4}|[0-7]{1,3}|.)", "e");
        return body.getBytes(StandardCharsets.UTF_8).length;
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int i = from; i < to && i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
