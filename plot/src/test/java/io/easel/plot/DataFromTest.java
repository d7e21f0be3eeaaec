package io.easel.plot;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataFromTest {

    private static final double DAY = 86_400_000;
    private static final double JAN1 = 1_704_067_200_000.0; // 2024-01-01T00:00Z

    private enum Region { NORTH, SOUTH }

    /** Private, as JShell's records are reachable only through their wrapper class. */
    private record Sale(LocalDate day, Region region, int units, Double price, String note, boolean paid) {
    }

    private record Note(String text) {
    }

    @Test
    void recordsGiveOneColumnPerComponentInOrderWithTheirTypes() {
        List<Sale> sales = List.of(
                new Sale(LocalDate.of(2024, 1, 1), Region.NORTH, 3, 9.5, "first", true),
                new Sale(LocalDate.of(2024, 1, 2), Region.SOUTH, 4, null, null, false));
        Data data = Data.from(sales);
        assertEquals(List.of("day", "region", "units", "price", "note", "paid"), data.columnNames());
        assertEquals(Column.Kind.DATETIME, data.column("day").kind());
        assertArrayEquals(new double[]{JAN1, JAN1 + DAY}, data.column("day").numbers());
        assertEquals(List.of("NORTH", "SOUTH"), data.column("region").values());
        assertArrayEquals(new double[]{3, 4}, data.column("units").numbers());
        assertArrayEquals(new double[]{9.5, Double.NaN}, data.column("price").numbers());
        assertEquals(Arrays.asList("first", null), data.column("note").values());
        assertEquals(List.of("true", "false"), data.column("paid").values());
        assertEquals(Column.Kind.STRING, data.column("paid").kind());
    }

    @Test
    void aTextComponentWithOnlyMissingValuesStaysText() {
        Data data = Data.from(List.of(new Note(null), new Note(null)));
        assertEquals(Column.Kind.STRING, data.column("text").kind());
        assertEquals(Arrays.asList(null, null), data.column("text").values());
    }

    @Test
    void arraysAndStreamsOfRecordsWorkLikeLists() {
        Note[] notes = {new Note("a"), new Note("b")};
        assertEquals(Data.from(List.of(notes)), Data.from(notes));
        assertEquals(Data.from(List.of(notes)), Data.from(Stream.of(notes)));
    }

    /** A JavaBean: getters only, one of them an isX boolean computed from the others. */
    public static final class Reading {
        private final String sensor;
        private final double value;
        private final java.util.Date taken;

        Reading(String sensor, double value, java.util.Date taken) {
            this.sensor = sensor;
            this.value = value;
            this.taken = taken;
        }

        public String getSensor() { return sensor; }

        public double getValue() { return value; }

        public boolean isValid() { return value < 2; }

        public java.util.Date getTaken() { return taken; }
    }

    @Test
    void beansGiveOneColumnPerGetterInAlphabeticalOrder() {
        Data data = Data.from(List.of(
                new Reading("a", 1.5, new java.util.Date((long) JAN1)),
                new Reading("b", 2.5, null)));
        assertEquals(List.of("sensor", "taken", "valid", "value"), data.columnNames());
        assertEquals(List.of("a", "b"), data.column("sensor").values());
        assertArrayEquals(new double[]{1.5, 2.5}, data.column("value").numbers());
        assertEquals(List.of("true", "false"), data.column("valid").values());
        assertEquals(Column.Kind.DATETIME, data.column("taken").kind());
        assertArrayEquals(new double[]{JAN1, Double.NaN}, data.column("taken").numbers());
    }

    @Test
    void mapsGiveTheFirstMapsKeysThenNewOnesAndAbsentKeysAreMissing() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("y", 2);
        first.put("x", "a");
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("x", "b");
        second.put("when", LocalDateTime.of(2024, 1, 1, 6, 0));
        Data data = Data.from(List.of(first, second));
        assertEquals(List.of("y", "x", "when"), data.columnNames());
        assertArrayEquals(new double[]{2, Double.NaN}, data.column("y").numbers());
        assertEquals(List.of("a", "b"), data.column("x").values());
        assertArrayEquals(new double[]{Double.NaN, JAN1 + DAY / 4}, data.column("when").numbers());
    }

    @Test
    void aMapKeyWithValuesOfTwoTypesIsAnErrorNamingTheColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Data.from(List.of(Map.of("k", 1), Map.of("k", "one"))));
        assertTrue(e.getMessage().startsWith("Data.from: column 'k' mixes types"), e.getMessage());
    }

    @Test
    void resultSetsKeepLabelsSqlTypesAndNulls() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:datafrom");
             Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE sales (sold_on DATE, sold_at TIMESTAMP, opens TIME, region VARCHAR(10), "
                    + "units INT, price DECIMAL(10, 2), paid BOOLEAN)");
            sql.execute("INSERT INTO sales VALUES (DATE '2024-01-01', TIMESTAMP '2024-01-01 06:00:00', "
                    + "TIME '12:00:00', 'north', 3, 9.50, TRUE)");
            sql.execute("INSERT INTO sales VALUES (DATE '2024-01-02', NULL, NULL, NULL, NULL, NULL, NULL)");
            try (ResultSet rows = sql.executeQuery("SELECT sold_on, sold_at, opens, region, units AS n, price, "
                    + "paid FROM sales ORDER BY sold_on")) {
                Data data = Data.from(rows);
                assertEquals(List.of("SOLD_ON", "SOLD_AT", "OPENS", "REGION", "N", "PRICE", "PAID"), data.columnNames());
                assertArrayEquals(new double[]{JAN1, JAN1 + DAY}, data.column("SOLD_ON").numbers());
                assertArrayEquals(new double[]{JAN1 + DAY / 4, Double.NaN}, data.column("SOLD_AT").numbers());
                assertArrayEquals(new double[]{DAY / 2, Double.NaN}, data.column("OPENS").numbers());
                assertEquals(Column.Kind.DATETIME, data.column("OPENS").kind());
                assertEquals(Arrays.asList("north", null), data.column("REGION").values());
                assertArrayEquals(new double[]{3, Double.NaN}, data.column("N").numbers());
                assertArrayEquals(new double[]{9.5, Double.NaN}, data.column("PRICE").numbers());
                assertEquals(Arrays.asList("true", null), data.column("PAID").values());
                assertFalse(rows.isClosed(), "the caller owns the ResultSet");
            }
            try (ResultSet empty = sql.executeQuery("SELECT region FROM sales WHERE units > 100")) {
                Data data = Data.from(empty);
                assertEquals(0, data.rowCount());
                assertEquals(Column.Kind.STRING, data.column("REGION").kind());
            }
        }
    }

    @Test
    void aQueryWithTwoColumnsOfOneLabelOrABinaryColumnIsRefusedWithWhatToDo() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:datafromerrors");
             Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE t (a INT, b VARBINARY(4))");
            sql.execute("INSERT INTO t VALUES (1, X'00')");
            try (ResultSet rows = sql.executeQuery("SELECT a, a FROM t")) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Data.from(rows));
                assertTrue(e.getMessage().contains("both labelled 'A'; give them distinct labels with AS"),
                        e.getMessage());
            }
            try (ResultSet rows = sql.executeQuery("SELECT b FROM t")) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Data.from(rows));
                assertTrue(e.getMessage().contains("column 'B' is of SQL type"), e.getMessage());
            }
        }
    }

    @Test
    void tablesawTablesKeepTypesAndMissingValues() {
        tech.tablesaw.api.IntColumn units = tech.tablesaw.api.IntColumn.create("units", 3, 4);
        units.set(1, (Integer) null);
        tech.tablesaw.api.Table table = tech.tablesaw.api.Table.create("sales",
                tech.tablesaw.api.DateColumn.create("day", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2)),
                tech.tablesaw.api.StringColumn.create("region", "north", ""),
                units,
                tech.tablesaw.api.DoubleColumn.create("price", 1.5, 2.5),
                tech.tablesaw.api.BooleanColumn.create("ok", true, false));
        Data data = Data.from(table);
        assertEquals(List.of("day", "region", "units", "price", "ok"), data.columnNames());
        assertArrayEquals(new double[]{JAN1, JAN1 + DAY}, data.column("day").numbers());
        assertEquals(Arrays.asList("north", null), data.column("region").values());
        assertArrayEquals(new double[]{3, Double.NaN}, data.column("units").numbers());
        assertArrayEquals(new double[]{1.5, 2.5}, data.column("price").numbers());
        assertEquals(List.of("true", "false"), data.column("ok").values());
    }

    @Test
    void dflibDataFramesKeepTypesAndNulls() {
        org.dflib.DataFrame frame = org.dflib.DataFrame.foldByRow("day", "region", "units")
                .of(LocalDate.of(2024, 1, 1), "north", 3,
                        LocalDate.of(2024, 1, 2), null, null);
        Data data = Data.from(frame);
        assertEquals(List.of("day", "region", "units"), data.columnNames());
        assertArrayEquals(new double[]{JAN1, JAN1 + DAY}, data.column("day").numbers());
        assertEquals(Arrays.asList("north", null), data.column("region").values());
        assertArrayEquals(new double[]{3, Double.NaN}, data.column("units").numbers());
    }

    /** Spark's GenericRow, reduced to what Data.from calls. */
    private static final class FakeRow implements Row {
        private final Object[] values;

        FakeRow(Object... values) {
            this.values = values;
        }

        @Override
        public Object get(int i) {
            return values[i];
        }
    }

    /** Spark 4 subclasses the API Dataset (org.apache.spark.sql.classic.Dataset); the adapter must look upwards. */
    private static final class ClassicDataset<T> extends Dataset<T> {
        ClassicDataset(StructType schema, List<T> rows) {
            super(schema, rows);
        }
    }

    @Test
    void sparkDatasetsOfRowsGiveTheSchemasColumnsAndCollectAtMostTheLimit() {
        Dataset<Row> rows = new ClassicDataset<>(
                new StructType("day:date", "amount:decimal(10,2)", "ok:boolean", "note:string"), List.of(
                new FakeRow(java.sql.Date.valueOf("2024-01-01"), new java.math.BigDecimal("1.25"), true, null),
                new FakeRow(java.sql.Date.valueOf("2024-01-02"), null, null, null)));
        Data data = Data.from(rows);
        assertEquals(List.of("day", "amount", "ok", "note"), data.columnNames());
        assertEquals(Column.Kind.STRING, data.column("note").kind(), "a string column of nulls stays text");
        assertArrayEquals(new double[]{JAN1, JAN1 + DAY}, data.column("day").numbers());
        assertArrayEquals(new double[]{1.25, Double.NaN}, data.column("amount").numbers());
        assertEquals(Arrays.asList("true", null), data.column("ok").values());
        assertEquals(LibraryTables.SPARK_ROW_LIMIT + 1, rows.limitAsked());
    }

    @Test
    void aTypedSparkDatasetReadsItsRecords() {
        Dataset<Note> notes = new Dataset<>(new StructType("text:string"), List.of(new Note("a")));
        assertEquals(Data.from(List.of(new Note("a"))), Data.from(notes));
    }

    @Test
    void aSparkDatasetOverTheLimitIsRefusedNotTruncated() {
        Row row = new FakeRow(1.0);
        List<Row> many = new AbstractList<>() {
            @Override
            public Row get(int index) {
                return row;
            }

            @Override
            public int size() {
                return LibraryTables.SPARK_ROW_LIMIT + 5;
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Data.from(new Dataset<>(new StructType("x:double"), many)));
        assertTrue(e.getMessage().contains("more than 1,000,000 rows"), e.getMessage());
        assertTrue(e.getMessage().contains("sample it in Spark first"), e.getMessage());
    }

    @Test
    void anUnsupportedSourceNamesItsClassAndWhatDataFromAccepts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Data.from("x,y\n1,2"));
        assertEquals("Data.from cannot read a java.lang.String; it takes " + DataSources.ACCEPTED
                + ". For columns you hold as arrays or lists use Data.of(\"x\", xs, \"y\", ys).", e.getMessage());
        assertTrue(DataSources.ACCEPTED.contains("java.sql.ResultSet"));
        assertTrue(DataSources.ACCEPTED.contains("Tablesaw Table"));

        e = assertThrows(IllegalArgumentException.class, () -> Data.from(List.of(new Object())));
        assertTrue(e.getMessage().startsWith("Data.from cannot read a java.lang.Object: it is neither a record nor"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Data.from(Map.of("x", List.of(1))));
        assertTrue(e.getMessage().contains("use Data.of(map)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Data.from(List.of(1.0, 2.0)));
        assertTrue(e.getMessage().contains("list of Double values, which is one column"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Data.from(List.of(List.of(1, 2), List.of(3, 4))));
        assertTrue(e.getMessage().contains("rows that are lists or arrays, which have no column names"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Data.from(null));
        assertTrue(e.getMessage().startsWith("Data.from got null; pass a collection"), e.getMessage());
    }

    private record Tagged(UUID id, double v) {
    }

    @Test
    void aFieldOfATypeAFigureCannotDrawIsAnErrorNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Data.from(List.of(new Tagged(UUID.randomUUID(), 1))));
        assertTrue(e.getMessage().startsWith("Data.from: column 'id' holds java.util.UUID values (row 0)"),
                e.getMessage());
    }

    @Test
    void nullRowsAndRowsOfTwoTypesAreRefused() {
        List<Object> withNull = new ArrayList<>(List.of(new Note("a")));
        withNull.add(null);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Data.from(withNull)).getMessage()
                .startsWith("Data.from: row 1 is null"));
        List<Object> mixed = List.of(new Note("a"), Map.of("text", "b"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Data.from(mixed)).getMessage()
                .contains("all rows must be of one type"));
    }

    @Test
    void anEmptyListGivesEmptyDataAndDataPassesThrough() {
        assertSame(Data.empty(), Data.from(List.of()));
        Data data = Data.of("x", new double[]{1});
        assertSame(data, Data.from(data));
    }

    @Test
    void timesOfDayAreDateTimesOnTheEpochDay() {
        record Shift(LocalTime start, Instant logged) {
        }
        Data data = Data.from(List.of(new Shift(LocalTime.of(6, 0), Instant.ofEpochMilli((long) JAN1))));
        assertArrayEquals(new double[]{DAY / 4}, data.column("start").numbers());
        assertArrayEquals(new double[]{JAN1}, data.column("logged").numbers());
    }

    @Test
    void aFigureOfDataFromRecordsMarksItsDateAxis() {
        Figure figure = Figure.of(Data.from(List.of(
                        new Sale(LocalDate.of(2024, 1, 1), Region.NORTH, 3, 9.5, "a", true))),
                Aes.x("day"), Aes.y("units")).add(Geom.line());
        Map<String, Object> spec = figure.toSpec();
        assertTrue(spec.get("data_meta").toString().contains("{column=day, type=datetime}"), spec.toString());
        assertTrue(spec.get("scales").toString().contains("datetime=true"), spec.toString());
    }
}
