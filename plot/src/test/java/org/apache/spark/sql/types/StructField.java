package org.apache.spark.sql.types;

/** The part of Spark's {@code StructField} that Data.from reads; a record's accessors have Spark's method names. */
public record StructField(String name, DataType dataType) {
}
