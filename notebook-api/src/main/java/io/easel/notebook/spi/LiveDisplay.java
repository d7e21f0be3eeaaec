package io.easel.notebook.spi;

/** The kernel's side of a {@link io.easel.notebook.Live} output. */
public interface LiveDisplay {

    /** Records the value as the next frame and returns at once. */
    void update(Object value);

    long renderedFrames();

    long droppedFrames();

    String displayId();
}
