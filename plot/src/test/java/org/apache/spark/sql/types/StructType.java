package org.apache.spark.sql.types;

/** The part of Spark's {@code StructType} that Data.from reads. */
public class StructType {
    private final String[] names;

    public StructType(String... names) {
        this.names = names;
    }

    public String[] fieldNames() {
        return names.clone();
    }
}
