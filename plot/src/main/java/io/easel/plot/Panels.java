package io.easel.plot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The panels of a multi-panel figure: a grid (Lets-Plot's {@code gggrid}, spec kind "subplots") or a bunch of
 * freely placed figures ({@code ggbunch}, kind "ggbunch"). Immutable; every change makes a new one.
 */
final class Panels {

    enum Kind { GRID, BUNCH }

    final Kind kind;
    /** The panels in order; in a grid, null is an empty cell. */
    final List<Figure> figures;
    /** A grid's layout as Lets-Plot reads it: name, ncol, nrow and optional hspace, vspace, widths, heights, align. */
    final Map<String, Object> layout;
    /** A bunch's boxes, one per figure: x, y, width, height in CSS pixels. */
    final List<List<Double>> boxes;

    private Panels(Kind kind, List<Figure> figures, Map<String, Object> layout, List<List<Double>> boxes) {
        this.kind = kind;
        this.figures = Collections.unmodifiableList(new ArrayList<>(figures));
        this.layout = Collections.unmodifiableMap(new LinkedHashMap<>(layout));
        this.boxes = List.copyOf(boxes);
    }

    static Panels grid(int ncol, List<Figure> figures) {
        if (ncol < 1) {
            throw new IllegalArgumentException("A grid needs at least one column, got ncol = " + ncol + ".");
        }
        if (figures.isEmpty()) {
            throw new IllegalArgumentException("Figure.grid needs at least one figure.");
        }
        if (figures.stream().allMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Figure.grid got only empty cells (nulls); pass at least one figure.");
        }
        for (int i = 0; i < figures.size(); i++) {
            Figure figure = figures.get(i);
            // Lets-Plot 4.1 refuses a bunch in a grid and draws a grid in a grid as an empty cell
            if (figure != null && figure.panelsOrNull() != null) {
                throw new IllegalArgumentException("Figure.grid: figure " + i + " is itself a "
                        + (figure.panelsOrNull().kind == Kind.GRID ? "grid" : "bunch") + ", which Lets-Plot 4.1 "
                        + "cannot draw inside a grid. Put all the figures in one grid (nulls leave cells empty, "
                        + "columnWidths and rowHeights size them), or place them freely with Figure.bunch().");
            }
        }
        Map<String, Object> layout = new LinkedHashMap<>();
        layout.put("name", "grid");
        layout.put("ncol", ncol);
        layout.put("nrow", (figures.size() + ncol - 1) / ncol);
        return new Panels(Kind.GRID, figures, layout, List.of());
    }

    static Panels bunch() {
        return new Panels(Kind.BUNCH, List.of(), Map.of(), List.of());
    }

    int ncol() {
        return (Integer) layout.get("ncol");
    }

    int nrow() {
        return (Integer) layout.get("nrow");
    }

    /** This grid with one layout setting changed. */
    Panels withLayout(String key, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(layout);
        changed.put(key, value);
        return new Panels(kind, figures, changed, boxes);
    }

    /** This bunch with one more figure in the given box. */
    Panels placed(Figure figure, double x, double y, double width, double height) {
        List<Figure> more = new ArrayList<>(figures);
        more.add(figure);
        List<List<Double>> moreBoxes = new ArrayList<>(boxes);
        moreBoxes.add(List.of(x, y, width, height));
        return new Panels(kind, more, layout, moreBoxes);
    }

    /** The size a grid takes when none is set: every cell as large as the largest panel. */
    double[] gridSize() {
        double cellWidth = 0;
        double cellHeight = 0;
        for (Figure figure : figures) {
            if (figure != null) {
                cellWidth = Math.max(cellWidth, figure.width());
                cellHeight = Math.max(cellHeight, figure.height());
            }
        }
        return new double[]{Math.min(Figure.MAX_SIZE, cellWidth * ncol()),
                Math.min(Figure.MAX_SIZE, cellHeight * nrow())};
    }

    /** A bunch's size: the box around all its panels, which Lets-Plot draws at their own places and sizes. */
    double[] bunchSize() {
        double width = 0;
        double height = 0;
        for (List<Double> box : boxes) {
            width = Math.max(width, box.get(0) + box.get(2));
            height = Math.max(height, box.get(1) + box.get(3));
        }
        return boxes.isEmpty() ? new double[]{Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT}
                : new double[]{width, height};
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Panels)) {
            return false;
        }
        Panels other = (Panels) o;
        return kind == other.kind && figures.equals(other.figures) && layout.equals(other.layout)
                && boxes.equals(other.boxes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, figures, layout, boxes);
    }
}
