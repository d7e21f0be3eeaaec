package io.easel.kernel.session;

import jdk.jshell.EvalException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Formats an exception thrown by user code as a traceback of the user's frames. JShell has already translated
 * snippet frames (file "#id", line within the snippet); this maps them to "cell [n], line k" and cuts off the
 * kernel's own frames below the user's code (reflection, the cell thread).
 */
final class StackTraceFormatter {

    private final Function<String, SourceLocation> snippetOrigins;

    StackTraceFormatter(Function<String, SourceLocation> snippetOrigins) {
        this.snippetOrigins = snippetOrigins;
    }

    CellError format(EvalException error) {
        List<String> lines = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable current = error;
        boolean first = true;
        while (current != null && seen.add(current)) {
            lines.add((first ? "" : "Caused by: ") + headline(current));
            for (StackTraceElement frame : userFrames(current.getStackTrace())) {
                lines.add("    at " + describe(frame));
            }
            first = false;
            current = current.getCause();
        }
        return new CellError(error.getExceptionClassName(), error.getMessage() == null ? "" : error.getMessage(), lines);
    }

    private static String headline(Throwable t) {
        String name = t instanceof EvalException e ? e.getExceptionClassName() : t.getClass().getName();
        return t.getMessage() == null ? name : name + ": " + t.getMessage();
    }

    private static boolean isSnippetFrame(StackTraceElement frame) {
        return frame.getFileName() != null && frame.getFileName().startsWith("#");
    }

    /** The frames from the top of the stack down to the outermost frame of user code. */
    static List<StackTraceElement> userFrames(StackTraceElement[] frames) {
        int last = -1;
        for (int i = 0; i < frames.length; i++) {
            if (isSnippetFrame(frames[i])) {
                last = i;
            }
        }
        if (last < 0) {
            // thrown outside any snippet (another thread): keep it short rather than print kernel internals
            last = Math.min(frames.length, 8) - 1;
        }
        List<StackTraceElement> kept = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            kept.add(frames[i]);
        }
        return kept;
    }

    private String describe(StackTraceElement frame) {
        if (!isSnippetFrame(frame)) {
            return frame.toString();
        }
        String method = frame.getMethodName();
        String what = method == null || method.isEmpty() || method.startsWith("do_it$") ? "<cell>" : method + "()";
        SourceLocation origin = snippetOrigins.apply(frame.getFileName().substring(1));
        if (origin == null || frame.getLineNumber() <= 0) {
            return what;
        }
        return what + " (" + origin.describe(frame.getLineNumber()) + ")";
    }
}
