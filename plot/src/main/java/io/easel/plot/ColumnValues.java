package io.easel.plot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Turns the Java values users pass as columns into {@link Column}s.
 *
 * <p>Date-times become epoch milliseconds read as UTC, because Lets-Plot labels date-time axes in UTC: a
 * {@code LocalDate} or {@code LocalDateTime} therefore shows exactly as written, an {@code Instant} shows its UTC time,
 * and a zoned or offset date-time shows its own wall-clock time.
 */
final class ColumnValues {

    static final String SUPPORTED = "double[], int[], long[], float[], a List of numbers, String[], a List of strings,"
            + " or date-times (LocalDate[], LocalDateTime[], Instant[] or a List of them)";

    private ColumnValues() {
    }

    /**
     * Converts a column given in Java code; fails with a message naming the column for anything unsupported.
     *
     * @param label how to name the column in messages, e.g. {@code column 'x'} or {@code Plot.line: x}
     */
    static Column fromJava(String name, Object values, String label) {
        if (values == null) {
            throw new IllegalArgumentException(label + " is null; pass an array or a list of values.");
        }
        if (values instanceof Column) {
            return ((Column) values).renamed(name);
        }
        if (values instanceof double[]) {
            return Column.numbers(name, (double[]) values);
        }
        if (values instanceof int[]) {
            return Column.ownedNumbers(name, Column.Kind.NUMBER, Arrays.stream((int[]) values).asDoubleStream().toArray());
        }
        if (values instanceof long[]) {
            return Column.ownedNumbers(name, Column.Kind.NUMBER, Arrays.stream((long[]) values).asDoubleStream().toArray());
        }
        if (values instanceof float[]) {
            float[] floats = (float[]) values;
            double[] copy = new double[floats.length];
            for (int i = 0; i < floats.length; i++) {
                copy[i] = floats[i];
            }
            return Column.ownedNumbers(name, Column.Kind.NUMBER, copy);
        }
        if (values instanceof short[]) {
            short[] shorts = (short[]) values;
            double[] copy = new double[shorts.length];
            for (int i = 0; i < shorts.length; i++) {
                copy[i] = shorts[i];
            }
            return Column.ownedNumbers(name, Column.Kind.NUMBER, copy);
        }
        if (values instanceof Object[]) {
            return fromObjects(name, Arrays.asList((Object[]) values), label, false,
                    familyOfType(values.getClass().getComponentType()));
        }
        if (values instanceof Collection) {
            return fromObjects(name, new ArrayList<>((Collection<?>) values), label, false, null);
        }
        throw new IllegalArgumentException(label + " has unsupported type " + values.getClass().getTypeName()
                + "; use " + SUPPORTED + ".");
    }

    /**
     * Converts a column whose values came out of another table ({@link Data#from}); the values must already be of the
     * supported types.
     *
     * @param declared the family the source's own type promises (Number.class, String.class or Instant.class), so a
     *                 text column of missing values stays text; null when only the values can tell
     */
    static Column fromValues(String name, List<?> values, Class<?> declared, String label) {
        return fromObjects(name, values, label, false, declared);
    }

    /**
     * Converts a column read from a raw spec: lists of numbers become {@code double[]}, lists of text stay text, and
     * anything else Lets-Plot may understand (booleans, mixed values) passes through unchanged.
     */
    static Column fromSpec(String name, Object values) {
        if (values instanceof double[] || values instanceof int[] || values instanceof long[]
                || values instanceof float[]) {
            return fromJava(name, values, "data column '" + name + "'");
        }
        if (values instanceof Object[]) {
            return fromObjects(name, Arrays.asList((Object[]) values), "data column '" + name + "'", true, null);
        }
        if (values instanceof Collection) {
            return fromObjects(name, new ArrayList<>((Collection<?>) values), "data column '" + name + "'", true, null);
        }
        throw new IllegalArgumentException("Invalid figure spec: data column '" + name + "' must be a list of values, "
                + "found " + SpecValues.describeType(values) + ".");
    }

    /**
     * @param declared the family an array's element type promises (so a {@code String[]} of nulls stays text), or
     *                 null when only the values can tell
     */
    private static Column fromObjects(String name, List<?> items, String label, boolean lenient, Class<?> declared) {
        Class<?> family = declared;
        int firstIndex = -1;
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (item == null) {
                continue;
            }
            Class<?> itemFamily = familyOf(item);
            if (itemFamily == null) {
                if (lenient) {
                    return Column.mixed(name, items);
                }
                throw new IllegalArgumentException(label + " has a value of unsupported type "
                        + item.getClass().getTypeName() + " at index " + i + "; use " + SUPPORTED + ".");
            }
            if (family == null) {
                family = itemFamily;
                firstIndex = i;
            } else if (family != itemFamily) {
                if (lenient) {
                    return Column.mixed(name, items);
                }
                throw new IllegalArgumentException(label + " mixes types: value " + firstIndex + " is "
                        + describe(items.get(firstIndex)) + " but value " + i + " is " + describe(item)
                        + "; use one type per column.");
            } else if (firstIndex < 0) {
                firstIndex = i; // the array's type fixed the family; remember the first value for messages
            }
        }
        if (family == null || family == Number.class) {
            double[] numbers = new double[items.size()];
            for (int i = 0; i < numbers.length; i++) {
                Object item = items.get(i);
                numbers[i] = item == null ? Double.NaN : ((Number) item).doubleValue();
            }
            return Column.ownedNumbers(name, Column.Kind.NUMBER, numbers);
        }
        if (family == String.class) {
            List<String> strings = new ArrayList<>(items.size());
            for (Object item : items) {
                strings.add(item == null ? null : item.toString());
            }
            return Column.strings(name, strings);
        }
        double[] millis = new double[items.size()];
        for (int i = 0; i < millis.length; i++) {
            Object item = items.get(i);
            millis[i] = item == null ? Double.NaN : epochMillis(item);
        }
        return Column.ownedNumbers(name, Column.Kind.DATETIME, millis);
    }

    /** Number.class, String.class (text and enums), Instant.class (date-times), or null when unsupported. */
    private static Class<?> familyOf(Object item) {
        return familyOfType(item.getClass());
    }

    static Class<?> familyOfType(Class<?> type) {
        if (Number.class.isAssignableFrom(type)) {
            return Number.class;
        }
        if (type == String.class || Enum.class.isAssignableFrom(type) || type == Character.class) {
            return String.class;
        }
        if (type == LocalDate.class || type == LocalDateTime.class || type == Instant.class
                || type == ZonedDateTime.class || type == OffsetDateTime.class) {
            return Instant.class;
        }
        return null;
    }

    private static String describe(Object item) {
        String type = item.getClass().getSimpleName();
        boolean vowel = "AEIOU".indexOf(type.charAt(0)) >= 0;
        return (vowel ? "an " : "a ") + type;
    }

    /** Milliseconds since 1970-01-01T00:00 UTC, wall-clock times read as UTC (see the class comment). */
    static double epochMillis(Object time) {
        if (time instanceof Instant) {
            return ((Instant) time).toEpochMilli();
        }
        if (time instanceof LocalDate) {
            return ((LocalDate) time).toEpochDay() * 86_400_000.0;
        }
        if (time instanceof LocalDateTime) {
            return ((LocalDateTime) time).toInstant(ZoneOffset.UTC).toEpochMilli();
        }
        if (time instanceof ZonedDateTime) {
            return ((ZonedDateTime) time).toLocalDateTime().toInstant(ZoneOffset.UTC).toEpochMilli();
        }
        return ((OffsetDateTime) time).toLocalDateTime().toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}
