package io.easel.notebook.spi;

import io.easel.notebook.MimeBundle;

import java.util.List;

/**
 * What the kernel does for {@link io.easel.notebook.Notebook}'s helpers. The kernel installs its implementation at
 * start; the helpers are plain JDK classes a cell can see, while the implementation uses the kernel's own libraries,
 * which a cell cannot.
 */
public interface NotebookBackend {

    /**
     * @param mimeTypes the types to show, or empty for every type the value's renderer offers
     * @return the display id of the new output
     */
    String display(Object value, List<String> mimeTypes);

    void updateDisplay(String displayId, Object value, List<String> mimeTypes);

    MimeBundle render(Object value, List<String> mimeTypes);

    /** Shows the value as a new output whose later frames {@link LiveDisplay#update} sets. */
    LiveDisplay live(Object value);

    void clearOutput(boolean wait);

    /** Makes this the backend every cell's helpers use; the kernel calls it once at start. */
    static void install(NotebookBackend backend) {
        Holder.current = backend;
    }

    /**
     * The installed backend.
     *
     * @throws IllegalStateException outside an Easel kernel, with a message that says what to use instead
     */
    static NotebookBackend current() {
        NotebookBackend backend = Holder.current;
        if (backend == null) {
            throw new IllegalStateException("display, updateDisplay, render and clearOutput need a notebook: they work in"
                    + " cells of the Easel kernel. In a plain Java program, save figures with fig.save(Path) instead.");
        }
        return backend;
    }

    /** Interfaces cannot have mutable static fields of their own. */
    final class Holder {
        private static volatile NotebookBackend current;

        private Holder() {
        }
    }
}
