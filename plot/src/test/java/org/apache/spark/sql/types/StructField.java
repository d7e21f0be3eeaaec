package org.apache.spark.sql.types;

/** The part of Spark's {@code StructField} that Data.from reads. */
public class StructField {
    private final String name;
    private final DataType dataType;

    public StructField(String name, DataType dataType) {
        this.name = name;
        this.dataType = dataType;
    }

    public String name() {
        return name;
    }

    public DataType dataType() {
        return dataType;
    }
}
