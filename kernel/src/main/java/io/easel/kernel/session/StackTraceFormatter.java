package io.easel.kernel.session;


import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Formats an exception thrown by user code (as read on the cell's thread, {@link UserFailure}) as a traceback of the
 * user's frames. JShell compiles snippet frames with file "#id" and lines within the snippet; this maps them to
 * "cell [n], line k" and cuts off the kernel's own frames below the user's code (reflection, the cell thread).
 */
final class StackTraceFormatter {

    private final Function<String, SourceLocation> snippetOrigins;

    StackTraceFormatter(Function<String, SourceLocation> snippetOrigins) {
        this.snippetOrigins = snippetOrigins;
    }

    CellError format(UserFailure failure) {
        List<String> lines = new ArrayList<>();
        boolean first = true;
        for (UserFailure.Link link : failure.chain()) {
            lines.add((first ? "" : "Caused by: ") + link.headline());
            for (StackTraceElement frame : userFrames(link.frames())) {
                lines.add("    at " + describe(frame));
            }
            first = false;
        }
        UserFailure.Link top = failure.top();
        return new CellError(top.className(), top.message() == null ? "" : top.message(), lines);
    }

    private static boolean isSnippetFrame(StackTraceElement frame) {
        return frame.getFileName() != null && frame.getFileName().startsWith("#");
    }

    /**
     * Code of a cell that JShell did not translate (it ran on behalf of the kernel, a value's toString()): its class
     * is one of JShell's wrappers, "REPL.$JShell$12$Node".
     */
    private static boolean isWrapperFrame(StackTraceElement frame) {
        return frame.getClassName().startsWith(WRAPPER_PACKAGE);
    }

    private static final String WRAPPER_PACKAGE = "REPL.";

    /** The frames from the top of the stack down to the outermost frame of user code. */
    static List<StackTraceElement> userFrames(StackTraceElement[] frames) {
        int last = -1;
        for (int i = 0; i < frames.length; i++) {
            if (isSnippetFrame(frames[i]) || isWrapperFrame(frames[i])) {
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
        if (isWrapperFrame(frame) && !isSnippetFrame(frame)) {
            // "REPL.$JShell$12$Node" is the cell's class Node; its lines are the wrapper's, so they are left out
            String type = frame.getClassName().replaceFirst("^REPL\\.\\$JShell\\$\\d+[A-Z]?\\$?", "");
            return (type.isEmpty() ? "" : type + ".") + frame.getMethodName() + "()";
        }
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
