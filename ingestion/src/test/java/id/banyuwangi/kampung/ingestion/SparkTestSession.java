package id.banyuwangi.kampung.ingestion;

import org.apache.spark.sql.SparkSession;

/** The one SparkSession of the test JVM (local[2]), started on first use. */
final class SparkTestSession {
  private SparkTestSession() {}

  private static final class Holder {
    static final SparkSession SPARK = start();

    private static SparkSession start() {
      SparkSession spark = IngestJob.session("local[2]");
      spark.sparkContext().setLogLevel("WARN");
      return spark;
    }
  }

  static SparkSession get() {
    return Holder.SPARK;
  }
}
