package io.easel.plot;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code Data.from(table)} for the tables of Tablesaw, DFLib and Spark.
 *
 * <p>Plot depends on the JDK only, and in a notebook those libraries arrive later through {@code %maven}, in a class
 * loader below plot's own. So their types are recognised by name in the source object's own class hierarchy and read
 * through their public methods by reflection; plot's class loader never has to see them.
 */
final class LibraryTables {

    /** Spark rows are copied into the driver's memory, so a Dataset larger than this is refused, not truncated. */
    static final int SPARK_ROW_LIMIT = 1_000_000;

    private static final String TABLESAW_TABLE = "tech.tablesaw.api.Table";
    private static final String TABLESAW_COLUMN = "tech.tablesaw.columns.Column";
    private static final String DFLIB_DATA_FRAME = "org.dflib.DataFrame";
    private static final String DFLIB_INDEX = "org.dflib.Index";
    private static final String DFLIB_SERIES = "org.dflib.Series";
    private static final String SPARK_DATASET = "org.apache.spark.sql.Dataset";
    private static final String SPARK_ROW = "org.apache.spark.sql.Row";
    private static final String SPARK_STRUCT_TYPE = "org.apache.spark.sql.types.StructType";
    private static final String SPARK_STRUCT_FIELD = "org.apache.spark.sql.types.StructField";
    private static final String SPARK_DATA_TYPE = "org.apache.spark.sql.types.DataType";

    private LibraryTables() {
    }

    /** The table as data when it is one of these libraries' tables; empty for anything else. */
    static Optional<Data> read(Object source) {
        Class<?> type;
        if ((type = typeNamed(source.getClass(), TABLESAW_TABLE)) != null) {
            return Optional.of(fromTablesaw(source, type));
        }
        if ((type = typeNamed(source.getClass(), DFLIB_DATA_FRAME)) != null) {
            return Optional.of(fromDflib(source, type));
        }
        if ((type = typeNamed(source.getClass(), SPARK_DATASET)) != null) {
            return Optional.of(fromSpark(source, type));
        }
        return Optional.empty();
    }

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
            builder.add(SourceColumns.column(name, values, null));
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
            builder.add(SourceColumns.column(name, values, nominal instanceof Class ? SourceColumns.declaredFamily((Class<?>) nominal) : null));
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
            return DataSources.fromRows(rows); // a typed Dataset<T> collects to its records or beans
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
            builder.add(SourceColumns.column(names[c], values.get(c), declared[c]));
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
}
