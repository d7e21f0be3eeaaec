package io.easel.plot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Small multiples: one panel per value of a column (wrap) or per combination of two columns (grid).
 *
 * <pre>{@code
 * fig.facet(Facet.wrap("country").ncol(3).freeScales())
 * fig.facet(Facet.grid("sex", "year"))   // columns by sex, rows by year
 * }</pre>
 */
public final class Facet {

    private static final Set<String> SCALES = Set.of("fixed", "free", "free_x", "free_y");

    private final Map<String, Object> options;

    Facet(Map<String, Object> options) {
        this.options = Collections.unmodifiableMap(options);
    }

    /**
     * One panel per value of the given columns, laid out in rows like text.
     *
     * @throws IllegalArgumentException when no column is given
     */
    public static Facet wrap(String... columns) {
        if (columns == null || columns.length == 0) {
            throw new IllegalArgumentException("Facet.wrap needs at least one column name.");
        }
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("name", "wrap");
        options.put("facets", columns.length == 1 ? requireName(columns[0]) : List.copyOf(checkedNames(columns)));
        options.put("order", 1);
        options.put("dir", "h");
        return new Facet(options);
    }

    /**
     * A grid of panels: one column of panels per value of {@code columnsBy}, one row per value of {@code rowsBy}.
     * Either may be null for a single row or column of panels.
     */
    public static Facet grid(String columnsBy, String rowsBy) {
        if (columnsBy == null && rowsBy == null) {
            throw new IllegalArgumentException("Facet.grid needs a column to split by, across or down (or both).");
        }
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("name", "grid");
        if (columnsBy != null) {
            options.put("x", requireName(columnsBy));
        }
        if (rowsBy != null) {
            options.put("y", requireName(rowsBy));
        }
        options.put("x_order", 1);
        options.put("y_order", 1);
        return new Facet(options);
    }

    /** The number of panel columns of a wrap. */
    public Facet ncol(int ncol) {
        return wrapOption("ncol", ncol);
    }

    /** The number of panel rows of a wrap. */
    public Facet nrow(int nrow) {
        return wrapOption("nrow", nrow);
    }

    /** Gives each panel its own axis ranges. */
    public Facet freeScales() {
        return scales("free");
    }

    /** Axis sharing: {@code fixed} (default), {@code free}, {@code free_x} or {@code free_y}. */
    public Facet scales(String scales) {
        if (!SCALES.contains(scales)) {
            throw new IllegalArgumentException("Facet scales must be fixed, free, free_x or free_y, got '" + scales + "'.");
        }
        return with("scales", scales);
    }

    /** The options as they go into the spec's {@code facet}. */
    public Map<String, Object> options() {
        return options;
    }

    /** The data columns the facet splits by. */
    public List<String> columns() {
        List<String> columns = new ArrayList<>();
        for (String key : List.of("facets", "x", "y")) {
            Object value = options.get(key);
            if (value instanceof String) {
                columns.add((String) value);
            } else if (value instanceof List) {
                for (Object item : (List<?>) value) {
                    if (item instanceof String) {
                        columns.add((String) item);
                    }
                }
            }
        }
        return columns;
    }

    private Facet wrapOption(String key, int value) {
        if (!"wrap".equals(options.get("name"))) {
            throw new IllegalArgumentException(key + " applies to Facet.wrap, not to a grid.");
        }
        if (value < 1) {
            throw new IllegalArgumentException(key + " must be at least 1, got " + value + ".");
        }
        return with(key, value);
    }

    private Facet with(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(options);
        copy.put(key, value);
        return new Facet(copy);
    }

    private static String requireName(String column) {
        if (column == null || column.isBlank()) {
            throw new IllegalArgumentException("A facet column name must not be null or blank.");
        }
        return column;
    }

    private static List<String> checkedNames(String[] columns) {
        List<String> names = new ArrayList<>();
        for (String column : columns) {
            names.add(requireName(column));
        }
        return names;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Facet && options.equals(((Facet) o).options));
    }

    @Override
    public int hashCode() {
        return Objects.hash(options);
    }

    @Override
    public String toString() {
        return "Facet" + options;
    }
}
