package org.apache.spark.sql;

import org.apache.spark.sql.types.StructType;

import java.util.List;

/**
 * A stand-in with the shape of Spark's {@code Dataset} that Data.from reads (schema, limit, collectAsList), so the
 * Spark adapter is tested without Spark's hundreds of megabytes of jars. Subclassed, as Spark 4's
 * {@code org.apache.spark.sql.classic.Dataset} subclasses the API class.
 */
public class Dataset<T> {
    private final StructType schema;
    private final List<T> rows;
    private int limitAsked = -1;

    public Dataset(StructType schema, List<T> rows) {
        this.schema = schema;
        this.rows = rows;
    }

    public StructType schema() {
        return schema;
    }

    public Dataset<T> limit(int n) {
        Dataset<T> limited = new Dataset<>(schema, rows.subList(0, Math.min(n, rows.size())));
        limitAsked = n;
        return limited;
    }

    public List<T> collectAsList() {
        return rows;
    }

    /** The n of the last limit(n), so a test can see that the adapter bounded what it collects. */
    public int limitAsked() {
        return limitAsked;
    }
}
