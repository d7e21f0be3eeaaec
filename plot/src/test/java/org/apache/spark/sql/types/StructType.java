package org.apache.spark.sql.types;

/** The part of Spark's {@code StructType} that Data.from reads. */
public class StructType {
    private final StructField[] fields;

    /** Fields written as "name:type", with Spark's type names: {@code new StructType("day:date", "n:long")}. */
    public StructType(String... namesAndTypes) {
        fields = new StructField[namesAndTypes.length];
        for (int i = 0; i < fields.length; i++) {
            String[] parts = namesAndTypes[i].split(":", 2);
            fields[i] = new StructField(parts[0], new DataType(parts[1]));
        }
    }

    public StructField[] fields() {
        return fields.clone();
    }
}
