package io.easel.plot;

/**
 * One-line figures for the common cases. Each returns a {@link Figure} to refine ({@code .title(...)},
 * {@code .xlab(...)}, {@code .add(Geom.point())}, ...).
 *
 * <pre>{@code
 * Plot.line(xs, ys).title("Signal")
 * Plot.bar(new String[]{"a", "b"}, new double[]{3, 5})
 * Plot.histogram(values, 50)
 * }</pre>
 *
 * <p>Arguments typed {@code Object} accept {@code double[]}, {@code int[]}, {@code long[]}, {@code float[]}, a
 * {@code List} of numbers, {@code String[]} or a {@code List} of strings (categories), and date-times
 * ({@code LocalDate[]}, {@code LocalDateTime[]}, {@code Instant[]} or lists of them), which become epoch milliseconds
 * on a date axis. The data go into columns named {@code x} and {@code y} (and {@code value} for heat maps), mapped
 * figure-wide, so added layers draw the same data without mappings of their own. NaN marks a missing value.
 *
 * <p>Empty, null or unequal inputs fail at once with a message naming the argument.
 */
public final class Plot {

    private Plot() {
    }

    /** A line through (x, y), connected in order of x. */
    public static Figure line(double[] x, double[] y) {
        return xy("Plot.line", x, y, Geom.line());
    }

    /** A line through (x, y), connected in order of x; x may be numbers, dates or categories. */
    public static Figure line(Object x, Object y) {
        return xy("Plot.line", x, y, Geom.line());
    }

    /** A line through the values against their index 0, 1, 2, ... */
    public static Figure line(Object y) {
        return line(indexFor("Plot.line", y), y);
    }

    /** Points at (x, y): a scatter plot. */
    public static Figure scatter(double[] x, double[] y) {
        return xy("Plot.scatter", x, y, Geom.point());
    }

    /** Points at (x, y): a scatter plot. */
    public static Figure scatter(Object x, Object y) {
        return xy("Plot.scatter", x, y, Geom.point());
    }

    /** Bars of the given heights, one per category, in the given order. */
    public static Figure bar(String[] categories, double[] values) {
        return bar((Object) categories, values);
    }

    /** Bars of the given heights, one per category in order of first appearance (repeated categories stack). */
    public static Figure bar(Object categories, Object values) {
        Data data = twoColumns("Plot.bar", "categories", categories, "values", values);
        return Figure.of(data, Aes.x("x"), Aes.y("y")).add(Geom.col());
    }

    /** Bars counting how often each category occurs. */
    public static Figure bar(Object categories) {
        Data data = Data.of("x", columnOf("Plot.bar", "categories", categories));
        return Figure.of(data, Aes.x("x")).add(Geom.bar());
    }

    /** A histogram of the values, 30 bins. */
    public static Figure histogram(double[] values) {
        return oneColumn("Plot.histogram", "x", values, Geom.histogram());
    }

    /** A histogram of the values, 30 bins. */
    public static Figure histogram(Object values) {
        return oneColumn("Plot.histogram", "x", values, Geom.histogram());
    }

    /** A histogram of the values with the given number of bins. */
    public static Figure histogram(Object values, int bins) {
        return oneColumn("Plot.histogram", "x", values, Geom.histogram().bins(bins));
    }

    /** The area under the line through (x, y), down to zero. */
    public static Figure area(Object x, Object y) {
        return xy("Plot.area", x, y, Geom.area());
    }

    /** A smoothed density curve of the values. */
    public static Figure density(Object values) {
        return oneColumn("Plot.density", "x", values, Geom.density());
    }

    /** One box and whiskers summarising the values (median, quartiles, outliers). */
    public static Figure box(Object values) {
        return oneColumn("Plot.box", "y", values, Geom.boxplot());
    }

    /** One box per group: {@code groups[i]} names the group of {@code values[i]}. */
    public static Figure box(Object groups, Object values) {
        Data data = twoColumns("Plot.box", "groups", groups, "values", values);
        return Figure.of(data, Aes.x("x"), Aes.y("y")).add(Geom.boxplot());
    }

    /** A heat map: a tile at each (x[i], y[i]) coloured by {@code values[i]}. */
    public static Figure heatmap(Object x, Object y, Object values) {
        Data data = Data.builder()
                .add("x", columnOf("Plot.heatmap", "x", x))
                .add("y", columnOf("Plot.heatmap", "y", y))
                .add("value", columnOf("Plot.heatmap", "values", values))
                .build();
        return Figure.of(data, Aes.x("x"), Aes.y("y"), Aes.fill("value")).add(Geom.tile());
    }

    /**
     * A heat map of a matrix: {@code matrix[row][column]} coloured at x = column, y = row, with row 0 at the top as
     * in a table.
     */
    public static Figure heatmap(double[][] matrix) {
        if (matrix == null) {
            throw new IllegalArgumentException("Plot.heatmap: matrix is null; pass a double[rows][columns].");
        }
        if (matrix.length == 0 || matrix[0] == null || matrix[0].length == 0) {
            throw new IllegalArgumentException("Plot.heatmap: matrix is empty; there is nothing to plot.");
        }
        int columns = matrix[0].length;
        int cells = Math.multiplyExact(matrix.length, columns);
        double[] xs = new double[cells];
        double[] ys = new double[cells];
        double[] values = new double[cells];
        int i = 0;
        for (int row = 0; row < matrix.length; row++) {
            if (matrix[row] == null || matrix[row].length != columns) {
                throw new IllegalArgumentException("Plot.heatmap: row " + row + " has "
                        + (matrix[row] == null ? "no values (null)" : matrix[row].length + " values")
                        + " but row 0 has " + columns + "; every row needs the same length.");
            }
            for (int column = 0; column < columns; column++) {
                xs[i] = column;
                ys[i] = row;
                values[i++] = matrix[row][column];
            }
        }
        return heatmap(xs, ys, values).scale(Scale.yReverse());
    }

    // ---- helpers ----

    private static Figure xy(String function, Object x, Object y, Layer layer) {
        Data data = twoColumns(function, "x", x, "y", y);
        return Figure.of(data, Aes.x("x"), Aes.y("y")).add(layer);
    }

    private static Figure oneColumn(String function, String axis, Object values, Layer layer) {
        Data data = Data.of(axis, columnOf(function, "values", values));
        return Figure.of(data, Aes.of(axis, axis)).add(layer);
    }

    /** Columns x and y; a length mismatch names the user's arguments ("column 'y' has 3 values but 'x' has 4"). */
    private static Data twoColumns(String function, String xName, Object x, String yName, Object y) {
        Column xs = columnOf(function, xName, x);
        Column ys = columnOf(function, yName, y);
        if (xs.size() != ys.size()) {
            throw new IllegalArgumentException(function + ": " + yName + " has " + ys.size() + " values but " + xName
                    + " has " + xs.size() + "; they must have the same length.");
        }
        return Data.builder().add("x", xs).add("y", ys).build();
    }

    private static Column columnOf(String function, String argument, Object values) {
        Column column = ColumnValues.fromJava(argument, values, function + ": " + argument);
        if (column.size() == 0) {
            throw new IllegalArgumentException(function + ": " + argument + " is empty; there is nothing to plot.");
        }
        return column;
    }

    private static double[] indexFor(String function, Object y) {
        int n = columnOf(function, "y", y).size();
        double[] index = new double[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        return index;
    }
}
