package io.easel.notebook;

import io.easel.notebook.spi.NotebookBackend;

import java.util.List;

/**
 * The notebook helpers every cell has without imports (the kernel imports {@code Notebook.*} statically). Outside a
 * notebook (a plain Java program) there is no notebook to show things in, and each call says so.
 */
public final class Notebook {

    private Notebook() {
    }

    /**
     * Shows a value as its own output, with every MIME type its renderer offers. A figure is drawn in the background:
     * this returns at once, and the cell goes on computing while the renderer draws. Everything a cell displayed is
     * in its output, in the order displayed, before the cell finishes.
     *
     * @return the output's handle, whose id {@link #updateDisplay(String, Object)} takes
     */
    public static DisplayHandle display(Object value) {
        return new DisplayHandle(NotebookBackend.current().display(value, List.of()));
    }

    /** Shows a value with only the given MIME types (for example {@code "text/html"} or {@code "image/png"}). */
    public static DisplayHandle display(Object value, String... mimeTypes) {
        return new DisplayHandle(NotebookBackend.current().display(value, mimeTypes(mimeTypes)));
    }

    /** Replaces the output shown earlier under this display id (from {@link #display(Object)}) with a new value. */
    public static void updateDisplay(String displayId, Object value) {
        NotebookBackend.current().updateDisplay(requireId(displayId), value, List.of());
    }

    /** Replaces the output of that handle with a new value. */
    public static void updateDisplay(DisplayHandle handle, Object value) {
        NotebookBackend.current().updateDisplay(requireId(handle == null ? null : handle.id()), value, List.of());
    }

    /** As {@link #updateDisplay(String, Object)}, with only the given MIME types. */
    public static void updateDisplay(String displayId, Object value, String... mimeTypes) {
        NotebookBackend.current().updateDisplay(requireId(displayId), value, mimeTypes(mimeTypes));
    }

    /** The display data a value would be shown with, without showing it; a cell ending with it shows it. */
    public static MimeBundle render(Object value) {
        return NotebookBackend.current().render(value, List.of());
    }

    /** As {@link #render(Object)}, with only the given MIME types. */
    public static MimeBundle render(Object value, String... mimeTypes) {
        return NotebookBackend.current().render(value, mimeTypes(mimeTypes));
    }

    /** Clears the cell's output now. */
    public static void clearOutput() {
        NotebookBackend.current().clearOutput(false);
    }

    /**
     * Clears the cell's output; with {@code wait}, only when the next output arrives, so that a progress display that
     * redraws itself does not flicker.
     */
    public static void clearOutput(boolean wait) {
        NotebookBackend.current().clearOutput(wait);
    }

    private static List<String> mimeTypes(String[] types) {
        if (types == null) {
            return List.of();
        }
        for (String type : types) {
            if (type == null || type.isBlank()) {
                throw new IllegalArgumentException("A MIME type is empty; name types such as \"text/html\" or \"image/png\".");
            }
        }
        return List.of(types);
    }

    private static String requireId(String displayId) {
        if (displayId == null || displayId.isBlank()) {
            throw new IllegalArgumentException("updateDisplay needs the display id that display(...) returned.");
        }
        return displayId;
    }
}
