package io.easel.plot;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the tables Java programs already hold into {@link Data}: rows as records, JavaBeans or maps (here), a JDBC
 * {@code ResultSet} ({@link ResultSetSource}), and the tables of Tablesaw, DFLib and Spark ({@link LibraryTables}).
 * All of them end in the columns {@link SourceColumns} makes, so they normalise values alike.
 */
final class DataSources {

    static final String ACCEPTED = "a collection, array or stream of records, JavaBeans or maps (one per row); "
            + "a java.sql.ResultSet; a Tablesaw Table; a DFLib DataFrame; or a Spark Dataset";

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
            return ResultSetSource.read((ResultSet) source);
        }
        // Library tables first: a Tablesaw Table is also an Iterable of its rows.
        Optional<Data> table = LibraryTables.read(source);
        if (table.isPresent()) {
            return table.get();
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

    static Data fromRows(List<?> rows) {
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
        if (ColumnValues.familyOfType(SourceColumns.normalize(first).getClass()) != null) {
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
            builder.add(SourceColumns.column(names.get(c), values.get(c), SourceColumns.declaredFamily(types.get(c))));
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
        columns.forEach((name, values) -> builder.add(SourceColumns.column(name, values, null)));
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

    private static Method accessible(Method method) {
        // JShell declares records and classes inside a wrapper class; their public accessors are reachable only so
        method.trySetAccessible();
        return method;
    }
}
