package org.apache.spark.sql.types;

/** The part of Spark's {@code DataType} that Data.from reads: its type name ("string", "date", "decimal(10,2)"). */
public class DataType {
    private final String typeName;

    public DataType(String typeName) {
        this.typeName = typeName;
    }

    public String typeName() {
        return typeName;
    }
}
