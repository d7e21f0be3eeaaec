package io.easel.kernel.session;

import java.util.List;

/**
 * A failure of a cell, shaped the way Jupyter shows errors: a name, a value (the message) and traceback lines.
 * The kernel and the session's state survive every one of these.
 */
public final class CellError extends Exception {

    private final String name;
    private final String value;
    private final List<String> traceback;

    public CellError(String name, String value, List<String> traceback) {
        super(name + ": " + value);
        this.name = name;
        this.value = value == null ? "" : value;
        this.traceback = List.copyOf(traceback);
    }

    public static CellError interrupted() {
        return new CellError("Interrupted", "The cell was interrupted.",
                List.of("Interrupted: the cell was stopped before it finished; the kernel and its variables are intact."));
    }

    /** An error whose traceback is just its message: for mistakes that need no stack, such as a bad magic. */
    public static CellError simple(String name, String message) {
        return new CellError(name, message, List.of(name + ": " + message));
    }

    public String errorName() {
        return name;
    }

    public String errorValue() {
        return value;
    }

    public List<String> traceback() {
        return traceback;
    }
}
