package io.easel.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mutable parts of a figure while one is being made; {@link Figure} checks and freezes them. Keeping the
 * fields here lets the fluent methods and the raw-spec reader build figures the same way.
 */
final class FigureParts {
    Data data = Data.empty();
    Map<String, Object> mapping = new LinkedHashMap<>();
    Map<String, Object> dataMeta = new LinkedHashMap<>();
    List<Layer> layers = new ArrayList<>();
    Map<String, Scale> scales = new LinkedHashMap<>();
    String title;
    String subtitle;
    String caption;
    double width = Figure.DEFAULT_WIDTH;
    double height = Figure.DEFAULT_HEIGHT;
    Facet facet;
    Map<String, Object> coord;
    Theme theme;
    Map<String, Object> guides;
    Map<String, Object> extras = new LinkedHashMap<>();
    /** Set for a multi-panel figure, whose own parts are then only its size and theme. */
    Panels panels;

    FigureParts copy() {
        FigureParts copy = new FigureParts();
        copy.data = data;
        copy.mapping = new LinkedHashMap<>(mapping);
        copy.dataMeta = new LinkedHashMap<>(dataMeta);
        copy.layers = new ArrayList<>(layers);
        copy.scales = new LinkedHashMap<>(scales);
        copy.title = title;
        copy.subtitle = subtitle;
        copy.caption = caption;
        copy.width = width;
        copy.height = height;
        copy.facet = facet;
        copy.coord = coord;
        copy.theme = theme;
        copy.guides = guides;
        copy.extras = new LinkedHashMap<>(extras);
        copy.panels = panels;
        return copy;
    }

    /** Adds a scale, merging it into an earlier one for the same aesthetic. */
    void addScale(Scale scale) {
        scales.merge(scale.aesthetic(), scale, Scale::mergedWith);
    }
}
