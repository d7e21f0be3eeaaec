package io.easel.kernel.maven;

/**
 * A %maven request that could not be carried out, with a message written for the notebook user: what went wrong and
 * what to do about it. {@link #kind()} becomes the error's name in the cell.
 */
public final class MavenException extends Exception {

    private final String kind;

    public MavenException(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    public MavenException(String kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}
