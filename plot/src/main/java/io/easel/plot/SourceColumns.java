package io.easel.plot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.util.List;

/**
 * The columns every {@link DataSources} reader ends in, the same columns {@link Data#of} makes. Values are normalised
 * first: booleans become the texts "true" and "false" (Lets-Plot draws them as two categories, and {@code Data} has
 * no boolean column), {@code java.sql} and {@code java.util.Date} values become their {@code java.time} equivalents,
 * and times of day become date-times on 1970-01-01, so an axis of them is labelled with times.
 */
final class SourceColumns {

    private static final String KEPT_TYPES = "numbers, text (String, char, enums), booleans and date-times "
            + "(java.time LocalDate, LocalDateTime, LocalTime, Instant, ZonedDateTime, OffsetDateTime; java.sql and "
            + "java.util dates)";

    private SourceColumns() {
    }

    /**
     * A column of values read from a source; {@code declared} (from the source's type) decides the kind only when
     * every value is missing, so text columns with no values stay text.
     */
    static Column column(String name, List<Object> values, Class<?> declared) {
        boolean anyValue = false;
        for (int i = 0; i < values.size(); i++) {
            Object value = normalize(values.get(i));
            values.set(i, value);
            if (value != null) {
                anyValue = true;
                if (ColumnValues.familyOfType(value.getClass()) == null) {
                    throw new IllegalArgumentException("Data.from: column '" + name + "' holds "
                            + value.getClass().getTypeName() + " values (row " + i + "), which a figure cannot draw. "
                            + "Data.from keeps " + KEPT_TYPES + "; turn the rows into records of the fields you "
                            + "plot first.");
                }
            }
        }
        return ColumnValues.fromValues(name, values, anyValue ? null : declared, "Data.from: column '" + name + "'");
    }

    /** The value as a type {@code ColumnValues} keeps (see the class comment). */
    static Object normalize(Object value) {
        if (value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof java.sql.Timestamp) {
            return ((java.sql.Timestamp) value).toLocalDateTime();
        }
        if (value instanceof java.sql.Date) {
            return ((java.sql.Date) value).toLocalDate();
        }
        if (value instanceof java.sql.Time) {
            return atEpochDay(((java.sql.Time) value).toLocalTime());
        }
        if (value instanceof java.util.Date) {
            return ((java.util.Date) value).toInstant();
        }
        if (value instanceof LocalTime) {
            return atEpochDay((LocalTime) value);
        }
        if (value instanceof OffsetTime) {
            return atEpochDay(((OffsetTime) value).toLocalTime());
        }
        return value;
    }

    private static LocalDateTime atEpochDay(LocalTime time) {
        return LocalDateTime.of(LocalDate.EPOCH, time);
    }

    /** The family a declared Java type promises, after normalisation; null when the type does not tell. */
    static Class<?> declaredFamily(Class<?> type) {
        if (type == boolean.class || type == char.class || type == Boolean.class) {
            return String.class;
        }
        if (type.isPrimitive()) {
            return Number.class;
        }
        if (java.util.Date.class.isAssignableFrom(type) || type == LocalTime.class || type == OffsetTime.class) {
            return Instant.class;
        }
        return ColumnValues.familyOfType(type);
    }
}
