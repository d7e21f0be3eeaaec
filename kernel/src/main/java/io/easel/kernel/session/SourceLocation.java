package io.easel.kernel.session;

import java.nio.file.Path;

/**
 * Where a piece of code came from, so errors point at "cell [4], line 2" or "setup.jshell, line 7" rather than at
 * JShell's snippet ids.
 *
 * @param origin    "cell [n]", a file name, or null for code the kernel ran itself
 * @param firstLine the line (1-based) of the origin on which the code starts
 */
public record SourceLocation(String origin, int firstLine) {

    public static final SourceLocation KERNEL = new SourceLocation(null, 1);

    public static SourceLocation cell(int executionCount) {
        return new SourceLocation("cell [" + executionCount + "]", 1);
    }

    public static SourceLocation file(Path file) {
        return new SourceLocation(String.valueOf(file.getFileName()), 1);
    }

    /** The same origin, {@code offsetLines} further down. */
    public SourceLocation atLine(int offsetLines) {
        return new SourceLocation(origin, firstLine + offsetLines);
    }

    String describe(int lineWithin) {
        int line = firstLine + lineWithin - 1;
        return origin != null ? origin + ", line " + line : "line " + line;
    }
}
