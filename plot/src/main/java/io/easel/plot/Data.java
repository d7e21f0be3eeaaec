package io.easel.plot;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table of named, equally long columns: the data a figure or a layer draws.
 *
 * <pre>{@code
 * Data d = Data.of("x", xs, "y", ys, "group", groups);
 * }</pre>
 *
 * <p>A column may be {@code double[]}, {@code int[]}, {@code long[]}, {@code float[]}, a {@code List} of numbers,
 * {@code String[]} or a {@code List} of strings (categories), or date-times ({@code LocalDate[]},
 * {@code LocalDateTime[]}, {@code Instant[]} or lists of them). Values are copied, so changing your array later does not
 * change the data.
 *
 * <p><b>Missing values:</b> NaN (and {@code null} in lists) marks a missing value. Infinities count as missing too.
 * They are sent to Lets-Plot as missing, and Lets-Plot leaves those rows out of the aesthetics that use the column
 * (a line simply skips the point). Text columns may hold {@code null} for a missing category.
 */
public final class Data {

    private static final Data EMPTY = new Data(Collections.emptyMap());

    private final Map<String, Column> columns;

    private Data(Map<String, Column> columns) {
        this.columns = columns;
    }

    /** Data without columns. */
    public static Data empty() {
        return EMPTY;
    }

    /**
     * Data from alternating names and columns: {@code Data.of("x", xs, "y", ys)}.
     *
     * @throws IllegalArgumentException when a name is missing or repeated, a column is null or of an unsupported type,
     *                                  or the columns differ in length (the message names the columns)
     */
    public static Data of(Object... namesAndColumns) {
        Objects.requireNonNull(namesAndColumns, "namesAndColumns");
        if (namesAndColumns.length % 2 != 0) {
            throw new IllegalArgumentException("Data.of takes pairs of a column name and its values, e.g. "
                    + "Data.of(\"x\", xs, \"y\", ys); got " + namesAndColumns.length + " arguments.");
        }
        Builder builder = builder();
        for (int i = 0; i < namesAndColumns.length; i += 2) {
            Object name = namesAndColumns[i];
            if (!(name instanceof String)) {
                throw new IllegalArgumentException("Data.of: argument " + (i + 1) + " should be a column name (a String), "
                        + "got " + (name == null ? "null" : name.getClass().getTypeName())
                        + ". Pass pairs of a name and its values, e.g. Data.of(\"x\", xs, \"y\", ys).");
            }
            builder.add((String) name, namesAndColumns[i + 1]);
        }
        return builder.build();
    }

    /** Data from a map of column name to values, in the map's iteration order. */
    public static Data of(Map<String, ?> columns) {
        Objects.requireNonNull(columns, "columns");
        Builder builder = builder();
        columns.forEach(builder::add);
        return builder.build();
    }

    /**
     * Data from a table you already hold, one column per field:
     *
     * <ul>
     *   <li>a collection, array or stream of <b>records</b> (columns from the components, in order), <b>JavaBeans</b>
     *       (from the getters, in the alphabetical order {@code java.beans} lists them) or <b>maps</b> (from the
     *       keys of the first map in order, then keys later maps add; an absent key is a missing value);</li>
     *   <li>a {@code java.sql.ResultSet} (columns named by their labels, rows from the cursor to the end; the
     *       ResultSet stays open, close it yourself);</li>
     *   <li>a Tablesaw {@code Table}, a DFLib {@code DataFrame} or a Spark {@code Dataset} (at most 1,000,000 rows,
     *       which are collected into this JVM), when those libraries are on the class path.</li>
     * </ul>
     *
     * <p>Types are kept: numbers become number columns, text, {@code char} and enums text columns, and dates and
     * times ({@code java.time}, {@code java.sql} and {@code java.util.Date}) date-time columns; a time of day is a
     * date-time on 1970-01-01. Booleans become the texts {@code "true"} and {@code "false"}, which Lets-Plot draws as
     * two categories. Nulls (and SQL NULLs) are missing values.
     *
     * <pre>{@code
     * record Sale(LocalDate day, String region, double amount) {}
     * Figure.of(Data.from(sales), Aes.x("day"), Aes.y("amount"), Aes.color("region")).add(Geom.line())
     * }</pre>
     *
     * @throws IllegalArgumentException for any other source (the message names its class and what Data.from
     *                                  accepts), or a field whose values are of a type a figure cannot draw
     * @throws IllegalStateException    when reading the source fails (a {@code SQLException}, a getter that throws)
     */
    public static Data from(Object source) {
        return DataSources.from(source);
    }

    /** A builder that adds one column at a time. */
    public static Builder builder() {
        return new Builder();
    }

    /** These data plus one more column (or with the named column replaced). */
    public Data with(String name, Object values) {
        Builder builder = builder();
        builder.columns.putAll(columns);
        builder.columns.remove(name);
        return builder.add(name, values).build();
    }

    /** The number of rows (0 when there are no columns). */
    public int rowCount() {
        return columns.isEmpty() ? 0 : columns.values().iterator().next().size();
    }

    /** The column names, in order. */
    public List<String> columnNames() {
        return List.copyOf(columns.keySet());
    }

    /** True when a column of that name exists. */
    public boolean has(String name) {
        return columns.containsKey(name);
    }

    /** True when there are no columns. */
    public boolean isEmpty() {
        return columns.isEmpty();
    }

    /**
     * The named column.
     *
     * @throws IllegalArgumentException when there is none; the message lists the columns there are
     */
    public Column column(String name) {
        Column column = columns.get(name);
        if (column == null) {
            throw new IllegalArgumentException("There is no column '" + name + "'; columns: " + describeNames() + ".");
        }
        return column;
    }

    /** All columns, in order. */
    public Collection<Column> columns() {
        return Collections.unmodifiableCollection(columns.values());
    }

    /** The column names joined with ", ", or "(none)". */
    String describeNames() {
        return columns.isEmpty() ? "(none)" : String.join(", ", columns.keySet());
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Data && columns.equals(((Data) o).columns));
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Data[").append(Figure.count(rowCount(), "row"));
        String separator = ": ";
        for (Column column : columns.values()) {
            s.append(separator).append(column.name()).append(" (").append(column.kind().name().toLowerCase())
                    .append(')');
            separator = ", ";
        }
        return s.append(']').toString();
    }

    /** Collects columns, then checks them all at once in {@link #build()}. */
    public static final class Builder {
        private final Map<String, Column> columns = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds a column.
         *
         * @throws IllegalArgumentException when the name is blank or already used, or the values are null or of an
         *                                  unsupported type
         */
        public Builder add(String name, Object values) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("A column name must not be null or blank.");
            }
            if (columns.containsKey(name)) {
                throw new IllegalArgumentException("Column '" + name + "' appears twice; column names must be unique.");
            }
            columns.put(name, ColumnValues.fromJava(name, values, "column '" + name + "'"));
            return this;
        }

        /** Adds a column that is already converted (used when reading raw specs). */
        Builder add(Column column) {
            if (columns.containsKey(column.name())) {
                throw new IllegalArgumentException("Column '" + column.name() + "' appears twice.");
            }
            columns.put(column.name(), column);
            return this;
        }

        /**
         * The data.
         *
         * @throws IllegalArgumentException when the columns differ in length, e.g.
         *                                  "column 'y' has 999 values but 'x' has 1000"
         */
        public Data build() {
            if (columns.isEmpty()) {
                return EMPTY;
            }
            Column first = null;
            for (Column column : columns.values()) {
                if (first == null) {
                    first = column;
                } else if (column.size() != first.size()) {
                    throw new IllegalArgumentException("column '" + column.name() + "' has " + column.size()
                            + " values but '" + first.name() + "' has " + first.size()
                            + "; all columns must have the same length.");
                }
            }
            return new Data(Collections.unmodifiableMap(new LinkedHashMap<>(columns)));
        }
    }
}
