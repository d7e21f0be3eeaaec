package io.easel.kernel.session;

import jdk.jshell.Diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns JShell diagnostics into javac-style messages: where, what, the offending line and a caret under it. */
final class CompileErrorFormatter {

    private CompileErrorFormatter() {
    }

    static CellError format(String source, List<Diag> diagnostics, SourceLocation where) {
        List<String> lines = new ArrayList<>();
        String first = null;
        for (Diag diag : diagnostics) {
            if (!diag.isError()) {
                continue;
            }
            // JShell's wrapper class has no name a user knows; javac's "location: class" line would just confuse
            String message = diag.getMessage(Locale.ROOT).lines()
                    .filter(l -> !l.strip().equals("location: class"))
                    .collect(java.util.stream.Collectors.joining("\n"));
            if (first == null) {
                first = message;
            }
            int position = clamp((int) diag.getPosition(), source.length());
            int lineStart = source.lastIndexOf('\n', position - 1) + 1;
            int lineEnd = source.indexOf('\n', position);
            if (lineEnd < 0) {
                lineEnd = source.length();
            }
            int lineNumber = countLines(source, lineStart);
            String line = source.substring(lineStart, lineEnd);
            lines.add("Compile error at " + where.describe(lineNumber) + ": " + message.lines().findFirst().orElse(message));
            message.lines().skip(1).forEach(lines::add);
            lines.add("    " + line);
            lines.add("    " + caretLine(line, position - lineStart));
        }
        if (first == null) {
            first = "the code was rejected by the compiler";
            lines.add("Compile error: " + first);
        }
        return new CellError("CompileError", first.lines().findFirst().orElse(first), lines);
    }

    private static int clamp(int position, int length) {
        return Math.max(0, Math.min(position, length));
    }

    private static int countLines(String source, int upTo) {
        int line = 1;
        for (int i = 0; i < upTo; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Keeps tabs as tabs so the caret lines up under the same column as in the editor. */
    private static String caretLine(String line, int column) {
        StringBuilder caret = new StringBuilder();
        for (int i = 0; i < column && i < line.length(); i++) {
            caret.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        return caret.append('^').toString();
    }
}
