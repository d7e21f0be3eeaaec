package io.easel.plot;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataTest {

    @Test
    void acceptsEverySupportedColumnType() {
        Data data = Data.of(
                "d", new double[]{1.5, 2},
                "i", new int[]{1, 2},
                "l", new long[]{3L, 4L},
                "f", new float[]{0.5f, 1f},
                "n", List.of(1, 2.5),
                "boxed", new Double[]{7.0, null},
                "s", new String[]{"a", "b"},
                "ls", List.of("c", "d"),
                "e", new Format[]{Format.PNG, Format.SVG});
        assertEquals(List.of("d", "i", "l", "f", "n", "boxed", "s", "ls", "e"), data.columnNames());
        assertEquals(2, data.rowCount());
        assertArrayEquals(new double[]{1, 2}, data.column("i").numbers());
        assertArrayEquals(new double[]{3, 4}, data.column("l").numbers());
        assertArrayEquals(new double[]{0.5, 1}, data.column("f").numbers());
        assertArrayEquals(new double[]{1, 2.5}, data.column("n").numbers());
        assertArrayEquals(new double[]{7, Double.NaN}, data.column("boxed").numbers());
        assertEquals(Column.Kind.STRING, data.column("ls").kind());
        assertEquals(List.of("PNG", "SVG"), data.column("e").values());
    }

    @Test
    void convertsDateTimesToEpochMillisecondsReadAsUtc() {
        long jan1 = 1_704_067_200_000L; // 2024-01-01T00:00Z
        Data data = Data.of(
                "date", new LocalDate[]{LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2)},
                "dateTime", new LocalDateTime[]{LocalDateTime.of(2024, 1, 1, 0, 0), LocalDateTime.of(2024, 1, 1, 6, 30)},
                "instant", new Instant[]{Instant.ofEpochMilli(jan1), Instant.parse("2024-01-01T00:00:01.5Z")},
                "zoned", List.of(ZonedDateTime.of(2024, 1, 1, 12, 0, 0, 0, ZoneId.of("Europe/Paris")),
                        OffsetDateTime.of(2024, 1, 1, 12, 0, 0, 0, ZoneOffset.ofHours(-5))),
                "list", Arrays.asList(LocalDate.of(1970, 1, 2), null));
        assertArrayEquals(new double[]{jan1, jan1 + 86_400_000}, data.column("date").numbers());
        assertArrayEquals(new double[]{jan1, jan1 + 6.5 * 3_600_000}, data.column("dateTime").numbers());
        assertArrayEquals(new double[]{jan1, jan1 + 1500}, data.column("instant").numbers());
        // Zoned and offset times show their own wall clock: both are noon.
        assertArrayEquals(new double[]{jan1 + 12 * 3_600_000, jan1 + 12 * 3_600_000}, data.column("zoned").numbers());
        assertArrayEquals(new double[]{86_400_000, Double.NaN}, data.column("list").numbers());
        for (String name : data.columnNames()) {
            assertEquals(Column.Kind.DATETIME, data.column(name).kind(), name);
        }
    }

    @Test
    void mismatchedLengthsNameBothColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Data.of("x", new double[1000], "y", new double[999]));
        assertEquals("column 'y' has 999 values but 'x' has 1000; all columns must have the same length.",
                e.getMessage());
    }

    @Test
    void nullColumnsAndUnsupportedTypesNameTheColumn() {
        assertEquals("column 'y' is null; pass an array or a list of values.",
                assertThrows(IllegalArgumentException.class, () -> Data.of("x", new double[1], "y", null)).getMessage());
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> Data.of("x", new boolean[]{true}));
        assertTrue(type.getMessage().startsWith("column 'x' has unsupported type boolean[]; use double[], int[], "),
                type.getMessage());
        IllegalArgumentException element = assertThrows(IllegalArgumentException.class,
                () -> Data.of("x", List.of(1, new Object())));
        assertTrue(element.getMessage().startsWith(
                "column 'x' has a value of unsupported type java.lang.Object at index 1; use "), element.getMessage());
        IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class,
                () -> Data.of("g", Arrays.asList(1.5, null, "a")));
        assertEquals("column 'g' mixes types: value 0 is a Double but value 2 is a String; use one type per column.",
                mixed.getMessage());
    }

    @Test
    void namesMustBePairedUniqueAndPresent() {
        assertEquals("Data.of takes pairs of a column name and its values, e.g. Data.of(\"x\", xs, \"y\", ys); "
                        + "got 3 arguments.",
                assertThrows(IllegalArgumentException.class, () -> Data.of("x", new double[1], "y")).getMessage());
        assertEquals("Data.of: argument 3 should be a column name (a String), got double[]. Pass pairs of a name "
                        + "and its values, e.g. Data.of(\"x\", xs, \"y\", ys).",
                assertThrows(IllegalArgumentException.class,
                        () -> Data.of("x", new double[1], new double[1], "y")).getMessage());
        assertEquals("Column 'x' appears twice; column names must be unique.",
                assertThrows(IllegalArgumentException.class,
                        () -> Data.of("x", new double[1], "x", new double[1])).getMessage());
        assertEquals("A column name must not be null or blank.",
                assertThrows(IllegalArgumentException.class, () -> Data.of(" ", new double[1])).getMessage());
    }

    @Test
    void infinitiesBecomeMissingLikeNaN() {
        Data data = Data.of("x", new double[]{1, Double.POSITIVE_INFINITY, Double.NaN, Double.NEGATIVE_INFINITY});
        assertArrayEquals(new double[]{1, Double.NaN, Double.NaN, Double.NaN}, data.column("x").numbers());
        assertEquals(Arrays.asList(1.0, null, null, null), data.column("x").values());
    }

    @Test
    void copiesValuesInAndOut() {
        double[] xs = {1, 2, 3};
        List<String> names = new ArrayList<>(List.of("a", "b", "c"));
        Data data = Data.of("x", xs, "s", names);
        xs[0] = 99;
        names.set(0, "changed");
        assertArrayEquals(new double[]{1, 2, 3}, data.column("x").numbers());
        assertEquals(List.of("a", "b", "c"), data.column("s").values());
        data.column("x").numbers()[1] = 42;
        assertArrayEquals(new double[]{1, 2, 3}, data.column("x").numbers());
        assertThrows(UnsupportedOperationException.class, () -> data.column("s").values().set(0, "z"));
    }

    @Test
    void withAddsOrReplacesAColumnAndLeavesTheOriginal() {
        Data data = Data.of("x", new double[]{1, 2});
        Data more = data.with("y", new String[]{"a", "b"});
        Data replaced = more.with("x", new int[]{5, 6});
        assertEquals(List.of("x"), data.columnNames());
        assertEquals(List.of("x", "y"), more.columnNames());
        assertEquals(List.of("y", "x"), replaced.columnNames());
        assertArrayEquals(new double[]{5, 6}, replaced.column("x").numbers());
        assertThrows(IllegalArgumentException.class, () -> data.with("z", new double[3]));
    }

    @Test
    void builderAndMapFormsMatchOf() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("x", new double[]{1});
        map.put("g", List.of("a"));
        Data expected = Data.of("x", new double[]{1}, "g", List.of("a"));
        assertEquals(expected, Data.of(map));
        assertEquals(expected, Data.builder().add("x", new double[]{1}).add("g", new String[]{"a"}).build());
    }

    @Test
    void unknownColumnListsTheColumnsThereAre() {
        Data data = Data.of("x", new double[1], "y", new double[1]);
        assertEquals("There is no column 'z'; columns: x, y.",
                assertThrows(IllegalArgumentException.class, () -> data.column("z")).getMessage());
        assertEquals("Column 's' holds string values, not numbers; use values() to read it.",
                assertThrows(IllegalStateException.class,
                        () -> Data.of("s", new String[]{"a"}).column("s").numbers()).getMessage());
    }

    @Test
    void emptyDataAreAllowedAndDescribed() {
        assertEquals(0, Data.empty().rowCount());
        assertTrue(Data.empty().isEmpty());
        assertEquals(0, Data.of("x", new double[0]).rowCount());
        assertEquals("Data[1,000 rows: x (number), g (string)]",
                Data.of("x", new double[1000], "g", new String[1000]).toString());
    }
}
