package io.easel.notebook;

/**
 * An output a cell showed with {@link Notebook#display(Object)}: its display id, by which it can be replaced. A cell
 * that ends with {@code display(...)} shows the output only, not this handle, as IPython's display does.
 *
 * @param id the Jupyter display id of the output
 */
public record DisplayHandle(String id) {

    public DisplayHandle {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A display handle needs the display id of an output.");
        }
    }

    /** Replaces the output with a new value, as {@link Notebook#updateDisplay(DisplayHandle, Object)}. */
    public void update(Object value) {
        Notebook.updateDisplay(this, value);
    }

    @Override
    public String toString() {
        return id;
    }
}
