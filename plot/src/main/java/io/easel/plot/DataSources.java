package io.easel.plot;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the tables Java programs already hold into {@link Data}: rows as records, JavaBeans or maps, a JDBC
 * {@code ResultSet}, and the tables of Tablesaw, DFLib and Spark.
 *
 * <p>Plot depends on the JDK only, and in a notebook those libraries arrive later through {@code %maven}, in a class
 * loader below plot's own. So their types are recognised by name in the source object's own class hierarchy and read
 * through their public methods by reflection; plot's class loader never has to see them.
 *
 * <p>All sources end in the same columns {@link Data#of} makes. Values are normalised first: booleans become the
 * texts "true" and "false" (Lets-Plot draws them as two categories, and {@code Data} has no boolean column),
 * {@code java.sql} and {@code java.util.Date} values become their {@code java.time} equivalents, and times of day
 * become date-times on 1970-01-01, so an axis of them is labelled with times.
 *
 * <p>It is long because it holds one small reader per kind of source, side by side, so that the normalisation they
 * share is written once; a reader of one library's tables finds all of it here.
 */
final class DataSources {

    static final String ACCEPTED = "a collection, array or stream of records, JavaBeans or maps (one per row); "
            + "a java.sql.ResultSet; a Tablesaw Table; a DFLib DataFrame; or a Spark Dataset";

    /** Spark rows are copied into the driver's memory, so a Dataset larger than this is refused, not truncated. */
    static final int SPARK_ROW_LIMIT = 1_000_000;

    static final String TABLESAW_TABLE = "tech.tablesaw.api.Table";
    static final String TABLESAW_COLUMN = "tech.tablesaw.columns.Column";
    static final String DFLIB_DATA_FRAME = "org.dflib.DataFrame";
    static final String DFLIB_INDEX = "org.dflib.Index";
    static final String DFLIB_SERIES = "org.dflib.Series";
    static final String SPARK_DATASET = "org.apache.spark.sql.Dataset";
    static final String SPARK_ROW = "org.apache.spark.sql.Row";
    static final String SPARK_STRUCT_TYPE = "org.apache.spark.sql.types.StructType";
    static final String SPARK_STRUCT_FIELD = "org.apache.spark.sql.types.StructField";
    static final String SPARK_DATA_TYPE = "org.apache.spark.sql.types.DataType";

    private static final String KEPT_TYPES = "numbers, text (String, char, enums), booleans and date-times "
            + "(java.time LocalDate, LocalDateTime, LocalTime, Instant, ZonedDateTime, OffsetDateTime; java.sql and "
            + "java.util dates)";

    private DataSources() {
    }

    static Data from(Object source) {
        if (source == null) {
            throw new IllegalArgumentException("Data.from got null; pass " + ACCEPTED + ".");
        }
        if (source instanceof Data) {
            return (Data) source;
        }
        if (source instanceof ResultSet) {
            return fromResultSet((ResultSet) source);
        }
        // Library tables first: a Tablesaw Table is also an Iterable of its rows.
        Class<?> type;
        if ((type = typeNamed(source.getClass(), TABLESAW_TABLE)) != null) {
            return fromTablesaw(source, type);
        }
        if ((type = typeNamed(source.getClass(), DFLIB_DATA_FRAME)) != null) {
            return fromDflib(source, type);
        }
        if ((type = typeNamed(source.getClass(), SPARK_DATASET)) != null) {
            return fromSpark(source, type);
        }
        if (source instanceof Map) {
            throw new IllegalArgumentException("Data.from got a single Map, which could be one row or a table of "
                    + "columns. For a map of column names to values use Data.of(map); for rows pass a list of maps.");
        }
        if (source instanceof Iterable) {
            List<Object> rows = new ArrayList<>();
            ((Iterable<?>) source).forEach(rows::add);
            return fromRows(rows);
        }
        if (source instanceof Object[]) {
            return fromRows(Arrays.asList((Object[]) source));
        }
        if (source instanceof Stream) {
            return fromRows(((Stream<?>) source).collect(Collectors.toList()));
        }
        throw new IllegalArgumentException("Data.from cannot read a " + source.getClass().getTypeName() + "; it takes "
                + ACCEPTED + ". For columns you hold as arrays or lists use Data.of(\"x\", xs, \"y\", ys).");
    }

    // ---- rows: records, beans, maps ----

    private static Data fromRows(List<?> rows) {
        Object first = rows.stream().filter(row -> row != null).findFirst().orElse(null);
        if (first == null) {
            if (!rows.isEmpty()) {
                throw new IllegalArgumentException("Data.from got " + Figure.count(rows.size(), "row")
                        + ", all null; pass records, JavaBeans or maps.");
            }
            return Data.empty(); // an empty list carries no element type to take column names from
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == null) {
                throw new IllegalArgumentException("Data.from: row " + i + " is null; leave it out, or give it "
                        + "missing values (null fields) instead.");
            }
        }
        if (first instanceof Map) {
            return fromMaps(rows);
        }
        if (ColumnValues.familyOfType(normalize(first).getClass()) != null) {
            throw new IllegalArgumentException("Data.from takes rows (records, JavaBeans or maps), but got a list of "
                    + first.getClass().getSimpleName() + " values, which is one column: use Data.of(\"x\", list).");
        }
        if (first instanceof Iterable || first.getClass().isArray()) {
            throw new IllegalArgumentException("Data.from got rows that are lists or arrays, which have no column "
                    + "names; make each row a record or a map, or pass the columns to Data.of(\"x\", xs, ...).");
        }
        Class<?> rowType = first.getClass();
        for (int i = 0; i < rows.size(); i++) {
            if (!rowType.isInstance(rows.get(i))) {
                throw new IllegalArgumentException("Data.from: row " + i + " is a "
                        + rows.get(i).getClass().getTypeName() + " but row 0 is a " + rowType.getTypeName()
                        + "; all rows must be of one type.");
            }
        }
        return rowType.isRecord() ? fromRecords(rows, rowType) : fromBeans(rows, rowType);
    }

    private static Data fromRecords(List<?> rows, Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        List<String> names = new ArrayList<>();
        List<Method> accessors = new ArrayList<>();
        List<Class<?>> types = new ArrayList<>();
        for (RecordComponent component : components) {
            names.add(component.getName());
            accessors.add(accessible(component.getAccessor()));
            types.add(component.getType());
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("Data.from: record " + type.getTypeName() + " has no components, so "
                    + "there are no columns to make.");
        }
        return fromAccessors(rows, type, names, accessors, types);
    }

    private static Data fromBeans(List<?> rows, Class<?> type) {
        PropertyDescriptor[] properties;
        try {
            properties = Introspector.getBeanInfo(type).getPropertyDescriptors();
        } catch (IntrospectionException e) {
            throw new IllegalArgumentException("Data.from cannot read the properties of " + type.getTypeName() + ": "
                    + e.getMessage(), e);
        }
        List<String> names = new ArrayList<>();
        List<Method> getters = new ArrayList<>();
        List<Class<?>> types = new ArrayList<>();
        for (PropertyDescriptor property : properties) {
            if (property.getReadMethod() != null && property.getPropertyType() != null
                    && property.getReadMethod().getDeclaringClass() != Object.class) { // getClass() is no column
                names.add(property.getName());
                getters.add(accessible(property.getReadMethod()));
                types.add(property.getPropertyType());
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("Data.from cannot read a " + type.getTypeName() + ": it is neither a "
                    + "record nor a JavaBean with getters (getX()/isX()); Data.from takes " + ACCEPTED + ".");
        }
        return fromAccessors(rows, type, names, getters, types);
    }

    private static Data fromAccessors(List<?> rows, Class<?> type, List<String> names, List<Method> accessors,
                                      List<Class<?>> types) {
        List<List<Object>> values = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            values.add(new ArrayList<>(rows.size()));
        }
        for (int r = 0; r < rows.size(); r++) {
            Object row = rows.get(r);
            for (int c = 0; c < names.size(); c++) {
                try {
                    values.get(c).add(accessors.get(c).invoke(row));
                } catch (IllegalAccessException e) {
                    throw new IllegalArgumentException("Data.from cannot call " + accessors.get(c).getName() + "() of "
                            + type.getTypeName() + ": " + e.getMessage() + ". Make the type public.", e);
                } catch (InvocationTargetException e) {
                    throw new IllegalStateException("Data.from: " + accessors.get(c).getName() + "() of row " + r
                            + " threw " + e.getCause(), e.getCause());
                }
            }
        }
        Data.Builder builder = Data.builder();
        for (int c = 0; c < names.size(); c++) {
            builder.add(column(names.get(c), values.get(c), declaredFamily(types.get(c))));
        }
        return builder.build();
    }

    /** Columns from the keys of the first map in order, then any new keys later maps bring; absent keys are missing. */
    private static Data fromMaps(List<?> rows) {
        Map<String, List<Object>> columns = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            if (!(rows.get(r) instanceof Map)) {
                throw new IllegalArgumentException("Data.from: row " + r + " is a "
                        + rows.get(r).getClass().getTypeName() + " but row 0 is a Map; all rows must be maps.");
            }
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) rows.get(r)).entrySet()) {
                if (entry.getKey() == null) {
                    throw new IllegalArgumentException("Data.from: row " + r + " has a null key; column names "
                            + "must not be null.");
                }
                String name = entry.getKey().toString();
                int filled = r;
                columns.computeIfAbsent(name, key -> new ArrayList<>(java.util.Collections.nCopies(filled, null)));
            }
            for (Map.Entry<String, List<Object>> column : columns.entrySet()) {
                column.getValue().add(valueForKey((Map<?, ?>) rows.get(r), column.getKey()));
            }
        }
        Data.Builder builder = Data.builder();
        columns.forEach((name, values) -> builder.add(column(name, values, null)));
        return builder.build();
    }

    /** The value under a key, looked up by the key's text so that non-string keys (enums, numbers) work too. */
    private static Object valueForKey(Map<?, ?> row, String name) {
        if (row.containsKey(name)) {
            return row.get(name);
        }
        for (Map.Entry<?, ?> entry : row.entrySet()) {
            if (entry.getKey() != null && entry.getKey().toString().equals(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    // ---- JDBC ----

    private enum SqlKind { NUMBER, BOOLEAN, TEXT, OBJECT }

    /** Reads the rows from the cursor's position to its end; the caller keeps and closes the ResultSet. */
    private static Data fromResultSet(ResultSet resultSet) {
        int row = 0;
        try {
            ResultSetMetaData meta = resultSet.getMetaData();
            int count = meta.getColumnCount();
            String[] names = new String[count];
            SqlKind[] kinds = new SqlKind[count];
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (int c = 0; c < count; c++) {
                String label = meta.getColumnLabel(c + 1);
                names[c] = label == null || label.isBlank() ? meta.getColumnName(c + 1) : label;
                Integer earlier = seen.put(names[c], c + 1);
                if (earlier != null) {
                    throw new IllegalArgumentException("Data.from: the query's columns " + earlier + " and " + (c + 1)
                            + " are both labelled '" + names[c] + "'; give them distinct labels with AS.");
                }
                kinds[c] = sqlKind(meta.getColumnType(c + 1), names[c], meta.getColumnTypeName(c + 1));
            }
            double[][] numbers = new double[count][];
            List<List<Object>> objects = new ArrayList<>();
            for (int c = 0; c < count; c++) {
                numbers[c] = kinds[c] == SqlKind.NUMBER ? new double[64] : null;
                objects.add(kinds[c] == SqlKind.NUMBER ? null : new ArrayList<>());
            }
            while (resultSet.next()) {
                for (int c = 0; c < count; c++) {
                    switch (kinds[c]) {
                        case NUMBER -> {
                            double value = resultSet.getDouble(c + 1);
                            if (row == numbers[c].length) {
                                numbers[c] = Arrays.copyOf(numbers[c], row * 2);
                            }
                            numbers[c][row] = resultSet.wasNull() ? Double.NaN : value;
                        }
                        case BOOLEAN -> {
                            boolean value = resultSet.getBoolean(c + 1);
                            objects.get(c).add(resultSet.wasNull() ? null : Boolean.toString(value));
                        }
                        case TEXT -> objects.get(c).add(resultSet.getString(c + 1));
                        case OBJECT -> objects.get(c).add(resultSet.getObject(c + 1));
                    }
                }
                row++;
            }
            Data.Builder builder = Data.builder();
            for (int c = 0; c < count; c++) {
                if (kinds[c] == SqlKind.NUMBER) {
                    builder.add(Column.ownedNumbers(names[c], Column.Kind.NUMBER, Arrays.copyOf(numbers[c], row)));
                } else {
                    builder.add(column(names[c], objects.get(c),
                            kinds[c] == SqlKind.OBJECT ? null : String.class));
                }
            }
            return builder.build();
        } catch (SQLException e) {
            throw new IllegalStateException("Data.from could not read the ResultSet (after " + Figure.count(row, "row")
                    + "): " + e.getMessage(), e);
        }
    }

    private static SqlKind sqlKind(int sqlType, String column, String typeName) {
        switch (sqlType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.REAL, Types.FLOAT, Types.DOUBLE,
                    Types.NUMERIC, Types.DECIMAL:
                return SqlKind.NUMBER;
            case Types.BIT, Types.BOOLEAN:
                return SqlKind.BOOLEAN;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                    Types.CLOB, Types.NCLOB:
                return SqlKind.TEXT;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB, Types.ARRAY, Types.STRUCT, Types.REF,
                    Types.DATALINK, Types.ROWID, Types.SQLXML:
                throw new IllegalArgumentException("Data.from: column '" + column + "' is of SQL type " + typeName
                        + ", which a figure cannot draw; leave it out of the query or cast it to a number or text.");
            default:
                // dates, times and driver-specific types: the driver's own Java value, normalised and checked
                return SqlKind.OBJECT;
        }
    }

    // ---- Tablesaw, DFLib, Spark (by reflection) ----

    private static Data fromTablesaw(Object table, Class<?> tableType) {
        String library = "Tablesaw Table";
        Data.Builder builder = Data.builder();
        for (Object column : (List<?>) call(library, tableType, table, "columns")) {
            Class<?> columnType = requireType(library, column, TABLESAW_COLUMN);
            String name = (String) call(library, columnType, column, "name");
            int size = (Integer) call(library, columnType, column, "size");
            Method get = method(library, columnType, "get", int.class);
            Method isMissing = method(library, columnType, "isMissing", int.class);
            List<Object> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                // Tablesaw marks missing values with sentinels (empty text, MIN_VALUE), so ask rather than compare
                boolean missing = (Boolean) invoke(library, isMissing, column, i);
                values.add(missing ? null : invoke(library, get, column, i));
            }
            builder.add(column(name, values, null));
        }
        return builder.build();
    }

    private static Data fromDflib(Object frame, Class<?> frameType) {
        String library = "DFLib DataFrame";
        Object index = call(library, frameType, frame, "getColumnsIndex");
        String[] names = (String[]) call(library, requireType(library, index, DFLIB_INDEX), index, "toArray");
        Method getColumn = method(library, frameType, "getColumn", String.class);
        Data.Builder builder = Data.builder();
        for (String name : names) {
            Object series = invoke(library, getColumn, frame, name);
            Class<?> seriesType = requireType(library, series, DFLIB_SERIES);
            int size = (Integer) call(library, seriesType, series, "size");
            Method get = method(library, seriesType, "get", int.class);
            List<Object> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(invoke(library, get, series, i));
            }
            Object nominal = call(library, seriesType, series, "getNominalType");
            builder.add(column(name, values, nominal instanceof Class ? declaredFamily((Class<?>) nominal) : null));
        }
        return builder.build();
    }

    private static Data fromSpark(Object dataset, Class<?> datasetType) {
        String library = "Spark Dataset";
        Object schema = call(library, datasetType, dataset, "schema");
        Object[] fields = (Object[]) call(library, requireType(library, schema, SPARK_STRUCT_TYPE), schema, "fields");
        String[] names = new String[fields.length];
        Class<?>[] declared = new Class<?>[fields.length];
        for (int c = 0; c < fields.length; c++) {
            Class<?> fieldType = requireType(library, fields[c], SPARK_STRUCT_FIELD);
            names[c] = (String) call(library, fieldType, fields[c], "name");
            Object dataType = call(library, fieldType, fields[c], "dataType");
            declared[c] = sparkFamily((String) call(library, requireType(library, dataType, SPARK_DATA_TYPE),
                    dataType, "typeName"));
        }
        Object limited = invoke(library, method(library, datasetType, "limit", int.class), dataset,
                SPARK_ROW_LIMIT + 1);
        List<?> rows = (List<?>) call(library, datasetType, limited, "collectAsList");
        if (rows.size() > SPARK_ROW_LIMIT) {
            throw new IllegalArgumentException("Data.from: the Spark Dataset has more than "
                    + String.format(java.util.Locale.ROOT, "%,d", SPARK_ROW_LIMIT) + " rows, which would all be "
                    + "copied into this JVM. Aggregate, filter or sample it in Spark first, e.g. ds.sample(0.1) or "
                    + "ds.limit(100000).");
        }
        Object first = rows.isEmpty() ? null : rows.get(0);
        if (first != null && typeNamed(first.getClass(), SPARK_ROW) == null) {
            return fromRows(rows); // a typed Dataset<T> collects to its records or beans
        }
        List<List<Object>> values = new ArrayList<>();
        for (int c = 0; c < names.length; c++) {
            values.add(new ArrayList<>(rows.size()));
        }
        Method get = null;
        for (Object row : rows) {
            if (get == null || !get.getDeclaringClass().isInstance(row)) {
                get = method(library, requireType(library, row, SPARK_ROW), "get", int.class);
            }
            for (int c = 0; c < names.length; c++) {
                values.get(c).add(invoke(library, get, row, c));
            }
        }
        Data.Builder builder = Data.builder();
        for (int c = 0; c < names.length; c++) {
            builder.add(column(names[c], values.get(c), declared[c]));
        }
        return builder.build();
    }

    /** The family a Spark SQL type name promises ("string", "decimal(10,2)", "timestamp_ntz"), or null. */
    private static Class<?> sparkFamily(String typeName) {
        String name = typeName.toLowerCase(java.util.Locale.ROOT);
        if (name.equals("string") || name.startsWith("varchar") || name.startsWith("char") || name.equals("boolean")) {
            return String.class;
        }
        if (name.equals("date") || name.startsWith("timestamp")) {
            return Instant.class;
        }
        if (name.equals("byte") || name.equals("short") || name.equals("integer") || name.equals("long")
                || name.equals("float") || name.equals("double") || name.startsWith("decimal")) {
            return Number.class;
        }
        return null;
    }

    /** The class or interface of that name among {@code type}, its superclasses and their interfaces, or null. */
    static Class<?> typeNamed(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(name)) {
                return c;
            }
            for (Class<?> implemented : c.getInterfaces()) {
                Class<?> found = typeNamed(implemented, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Class<?> requireType(String library, Object value, String name) {
        Class<?> type = value == null ? null : typeNamed(value.getClass(), name);
        if (type == null) {
            throw unexpectedApi(library, "expected a " + name + ", got "
                    + (value == null ? "null" : value.getClass().getTypeName()), null);
        }
        return type;
    }

    private static Object call(String library, Class<?> type, Object target, String name) {
        return invoke(library, method(library, type, name), target);
    }

    private static Method method(String library, Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw unexpectedApi(library, type.getName() + " has no public method " + name + "("
                    + Arrays.stream(parameters).map(Class::getSimpleName).collect(Collectors.joining(", ")) + ")", e);
        }
    }

    private static Object invoke(String library, Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (IllegalAccessException e) {
            throw unexpectedApi(library, "cannot call " + method, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Data.from: reading the " + library + " failed in "
                    + method.getDeclaringClass().getSimpleName() + "." + method.getName() + ": " + e.getCause(),
                    e.getCause());
        }
    }

    private static IllegalStateException unexpectedApi(String library, String problem, Throwable cause) {
        return new IllegalStateException("Data.from cannot read this " + library + ": " + problem + ". It was "
                + "written for Tablesaw 0.43, DFLib 1.x and Spark 3.5/4.x; with another version, turn the table "
                + "into a list of records or maps first.", cause);
    }

    // ---- values ----

    /**
     * A column of values read from a source; {@code declared} (from the source's type) decides the kind only when
     * every value is missing, so text columns with no values stay text.
     */
    private static Column column(String name, List<Object> values, Class<?> declared) {
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
    private static Class<?> declaredFamily(Class<?> type) {
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

    private static Method accessible(Method method) {
        // JShell declares records and classes inside a wrapper class; their public accessors are reachable only so
        method.trySetAccessible();
        return method;
    }
}
