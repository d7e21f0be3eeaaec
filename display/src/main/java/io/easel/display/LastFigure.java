package io.easel.display;

import io.easel.plot.Figure;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The figure most recently shown in the notebook: what {@code %export out.png} writes when no figure is named. */
final class LastFigure {

    private final AtomicReference<Figure> figure = new AtomicReference<>();

    void shown(Figure shown) {
        figure.set(shown);
    }

    Optional<Figure> get() {
        return Optional.ofNullable(figure.get());
    }
}
