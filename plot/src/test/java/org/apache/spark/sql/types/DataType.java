package org.apache.spark.sql.types;

/** The part of Spark's {@code DataType} that Data.from reads: its type name ("string", "date", "decimal(10,2)"). */
public record DataType(String typeName) {
}
