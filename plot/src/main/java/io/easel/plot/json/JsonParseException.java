package io.easel.plot.json;

/** Malformed JSON text; the message names the line and column (both from 1) and what was expected there. */
public final class JsonParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String problem;

    JsonParseException(String subject, int line, int column, String problem) {
        super("Invalid " + subject + " at line " + line + ", column " + column + ": " + problem);
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** The line of the problem, counted from 1. */
    public int line() {
        return line;
    }

    /** The column of the problem within its line, counted from 1. */
    public int column() {
        return column;
    }

    /** What went wrong, without the position, e.g. {@code expected ',' or '}'}. */
    public String problem() {
        return problem;
    }
}
