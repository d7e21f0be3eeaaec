package org.apache.spark.sql;

/** The part of Spark's {@code Row} that Data.from reads. */
public interface Row {
    Object get(int i);
}
