package io.easel.kernel.docs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The name a user asks about: the one the cursor is on or right after ({@code Plot.li|ne}, {@code fig.save|}), or,
 * with the cursor among a call's arguments, the called one ({@code Live.show(fig, |)}); with what comes before its
 * dot, the expression it is a member of.
 *
 * @param qualifier the text before the name's dot ({@code Plot}, {@code fig}, {@code Plot.line(x, y)}), or null
 * @param name      the simple name
 */
public record NameAtCursor(String qualifier, String name) {

    public static Optional<NameAtCursor> find(String code, int cursor) {
        int at = Math.max(0, Math.min(cursor, code.length()));
        int end;
        if ((at < code.length() && Character.isJavaIdentifierPart(code.charAt(at)))
                || (at > 0 && Character.isJavaIdentifierPart(code.charAt(at - 1)))) {
            end = at;
            while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
                end++;
            }
        } else {
            int open = unclosedParenthesis(code, at);
            if (open < 0) {
                return Optional.empty();
            }
            end = skipSpaceBack(code, open);
        }
        int start = identifierStart(code, end);
        if (start == end || !Character.isJavaIdentifierStart(code.charAt(start))) {
            return Optional.empty();
        }
        String name = code.substring(start, end);
        int before = skipSpaceBack(code, start);
        if (before == 0 || code.charAt(before - 1) != '.') {
            return Optional.of(new NameAtCursor(null, name));
        }
        int dot = before - 1;
        String qualifier = code.substring(qualifierStart(code, dot), dot).strip();
        return Optional.of(new NameAtCursor(qualifier.isEmpty() ? null : qualifier, name));
    }

    /** Where the expression before a dot begins: names, dots and balanced (...) or [...] groups. */
    private static int qualifierStart(String code, int dot) {
        int i = dot;
        while (true) {
            i = skipSpaceBack(code, i);
            while (i > 0 && (code.charAt(i - 1) == ')' || code.charAt(i - 1) == ']')) {
                int open = matchingOpen(code, i - 1);
                if (open < 0) {
                    return i;
                }
                i = skipSpaceBack(code, open);
            }
            int start = identifierStart(code, i);
            if (start == i) {
                return i;
            }
            i = start;
            int before = skipSpaceBack(code, i);
            if (before == 0 || code.charAt(before - 1) != '.') {
                return i;
            }
            i = before - 1;
        }
    }

    private static int matchingOpen(String code, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            char c = code.charAt(i);
            if (c == ')' || c == ']') {
                depth++;
            } else if (c == '(' || c == '[') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The innermost parenthesis still open at the cursor, string and char literals and comments skipped. */
    private static int unclosedParenthesis(String code, int at) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < at; i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                for (i++; i < at && code.charAt(i) != c; i++) {
                    if (code.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '/' && i + 1 < at && code.charAt(i + 1) == '/') {
                int eol = code.indexOf('\n', i);
                i = eol < 0 ? at : eol;
            } else if (c == '/' && i + 1 < at && code.charAt(i + 1) == '*') {
                int close = code.indexOf("*/", i + 2);
                i = close < 0 ? at : close + 1;
            } else if (c == '(') {
                open.push(i);
            } else if (c == ')' && !open.isEmpty()) {
                open.pop();
            }
        }
        return open.isEmpty() ? -1 : open.peek();
    }

    private static int identifierStart(String code, int end) {
        int start = end;
        while (start > 0 && Character.isJavaIdentifierPart(code.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static int skipSpaceBack(String code, int i) {
        while (i > 0 && Character.isWhitespace(code.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
