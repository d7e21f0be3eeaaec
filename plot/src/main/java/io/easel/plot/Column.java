package io.easel.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One named, immutable column of {@link Data}.
 *
 * <p>Numbers are kept as a {@code double[]} (never boxed), so a million-point column costs 8 MB and travels to the
 * renderer as one binary frame. NaN marks a missing number; infinities are stored as NaN too, since no axis can show
 * them. Date-time columns hold epoch milliseconds (UTC) and make Lets-Plot label their axis with dates.
 */
public final class Column {

    /** What a column holds. */
    public enum Kind {
        /** Numbers ({@code double}); NaN is missing. */
        NUMBER,
        /** Points in time as epoch milliseconds, shown as dates and times (in UTC). */
        DATETIME,
        /** Text, i.e. categories; {@code null} is missing. */
        STRING,
        /** Anything else a raw spec may hold (booleans, mixed values); passed through as it came. */
        MIXED
    }

    private final String name;
    private final Kind kind;
    private final double[] numbers;
    private final List<Object> values;

    private Column(String name, Kind kind, double[] numbers, List<Object> values) {
        this.name = name;
        this.kind = kind;
        this.numbers = numbers;
        this.values = values;
    }

    /** A number column; the array is copied, infinities become NaN (missing). */
    static Column numbers(String name, double[] values) {
        return new Column(name, Kind.NUMBER, finiteOrNaN(values.clone()), null);
    }

    /** A number column taking ownership of an array the caller built and never shares. */
    static Column ownedNumbers(String name, Kind kind, double[] values) {
        return new Column(name, kind, finiteOrNaN(values), null);
    }

    static Column strings(String name, List<String> values) {
        return new Column(name, Kind.STRING, null, Collections.unmodifiableList(new ArrayList<>(values)));
    }

    static Column mixed(String name, List<?> values) {
        return new Column(name, Kind.MIXED, null, Collections.unmodifiableList(new ArrayList<>(values)));
    }

    private static double[] finiteOrNaN(double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (Double.isInfinite(values[i])) {
                values[i] = Double.NaN;
            }
        }
        return values;
    }

    /** The column's name. */
    public String name() {
        return name;
    }

    /** What the column holds. */
    public Kind kind() {
        return kind;
    }

    /** The number of values (rows). */
    public int size() {
        return numbers != null ? numbers.length : values.size();
    }

    /** True for number and date-time columns, which travel as {@code double[]}. */
    public boolean isNumeric() {
        return numbers != null;
    }

    /**
     * A copy of the values of a number or date-time column (epoch milliseconds for date-times; NaN is missing).
     *
     * @throws IllegalStateException for text and mixed columns
     */
    public double[] numbers() {
        if (numbers == null) {
            throw new IllegalStateException("Column '" + name + "' holds " + kind.name().toLowerCase()
                    + " values, not numbers; use values() to read it.");
        }
        return numbers.clone();
    }

    /** The values as objects: {@code Double} (or {@code null} for NaN) for numeric columns, else as stored. */
    public List<Object> values() {
        if (values != null) {
            return values;
        }
        List<Object> boxed = new ArrayList<>(numbers.length);
        for (double v : numbers) {
            boxed.add(Double.isNaN(v) ? null : v);
        }
        return Collections.unmodifiableList(boxed);
    }

    /** The stored array itself, for the spec writer, which copies it once into the spec. */
    double[] numbersView() {
        return numbers;
    }

    /** The stored list itself (text and mixed columns). */
    List<Object> valuesView() {
        return values;
    }

    /** This column under another name. */
    Column renamed(String newName) {
        return new Column(newName, kind, numbers, values);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Column)) {
            return false;
        }
        Column other = (Column) o;
        return name.equals(other.name) && kind == other.kind && Arrays.equals(numbers, other.numbers)
                && Objects.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, kind, Arrays.hashCode(numbers), values);
    }

    @Override
    public String toString() {
        return name + " (" + kind.name().toLowerCase() + ", " + size() + " values)";
    }
}
