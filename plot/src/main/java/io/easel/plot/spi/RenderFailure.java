package io.easel.plot.spi;

import io.easel.plot.FigureErrorKind;

/**
 * Marks a renderer's exception that knows why the figure failed, so {@link io.easel.plot.Figure#renderAsync} can
 * report that {@link FigureErrorKind} on its {@link io.easel.plot.FigureExportException} instead of
 * {@code internal}. The renderer manager's {@code RenderFailedException} is one.
 */
public interface RenderFailure {

    /** Why the figure could not be rendered. */
    FigureErrorKind kind();
}
