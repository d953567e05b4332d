package id.banyuwangi.kampung.app;

import org.slf4j.LoggerFactory;

/** Logs three events through the product's logging, for {@link JsonLogsTest}'s child JVM. */
public final class LogProbe {
  private LogProbe() {}

  public static void main(String[] args) {
    LoggerFactory.getLogger("id.banyuwangi.kampung.api.ApiServer").info("serving probe.duckdb on port 1");
    LoggerFactory.getLogger("org.apache.spark.SparkContext").info("a Spark notice the terminal never shows");
    LoggerFactory.getLogger("org.apache.spark.SparkContext").warn("a Spark warning, \"quoted\"");
  }
}
