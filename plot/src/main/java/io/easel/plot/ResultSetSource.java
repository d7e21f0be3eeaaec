package io.easel.plot;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Data.from(resultSet)}: a JDBC query's rows as columns. Numeric SQL types go straight into primitive
 * columns (a million-row query makes no boxed values), text and booleans into text columns, and everything else
 * (dates, driver types) through the driver's own Java value, normalised like every source's.
 */
final class ResultSetSource {

    private ResultSetSource() {
    }

    private enum SqlKind { NUMBER, BOOLEAN, TEXT, OBJECT }

    /** Reads the rows from the cursor's position to its end; the caller keeps and closes the ResultSet. */
    static Data read(ResultSet resultSet) {
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
                    builder.add(SourceColumns.column(names[c], objects.get(c),
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
}
