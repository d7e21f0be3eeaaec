package io.easel.kernel.session;

import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a cell into JShell's snippets in one pass. JShell finds the first snippet of a text by analysing the text
 * it is given, and the jshell tool gives it all that is left each time, which costs the square of the cell's length
 * (a 5,000-line cell spent minutes there). Here each search looks at a window that grows until the snippet ends
 * inside it with at least one token after it, since that token decides cases such as {@code if ... else}.
 */
final class CellSplitter {

    /** A snippet's place in the cell: {@code [start, end)} is what it consumed, comments and blank lines included. */
    record Piece(int start, int end, String source) {
    }

    private static final int FIRST_WINDOW = 2_048;

    private CellSplitter() {
    }

    static List<Piece> split(String code, SourceCodeAnalysis analysis) {
        List<Piece> pieces = new ArrayList<>();
        int pos = 0;
        while (pos < code.length() && !code.substring(pos).isBlank()) {
            Piece piece = next(code, pos, analysis);
            if (piece == null) {
                break;
            }
            pieces.add(piece);
            pos = piece.end();
        }
        return pieces;
    }

    private static Piece next(String code, int pos, SourceCodeAnalysis analysis) {
        int window = FIRST_WINDOW;
        while (true) {
            int end = (int) Math.min(code.length(), (long) pos + window);
            boolean whole = end == code.length();
            String text = code.substring(pos, end);
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(text);
            if (info.completeness() == Completeness.EMPTY) {
                return null;
            }
            if (info.source() == null) {
                if (whole) {
                    // incomplete or unknown to the end: JShell reports what is wrong with it when it is evaluated
                    return new Piece(pos, code.length(), text);
                }
            } else if (whole || hasToken(info.remaining())) {
                return new Piece(pos, end - info.remaining().length(), info.source());
            }
            window *= 2;
        }
    }

    /** True when the text holds more than blanks and comments. */
    private static boolean hasToken(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("//", i)) {
                int nl = text.indexOf('\n', i);
                if (nl < 0) {
                    return false;
                }
                i = nl + 1;
            } else if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                if (close < 0) {
                    return false;
                }
                i = close + 2;
            } else {
                return true;
            }
        }
        return false;
    }
}
