package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.person.Pseudonymizer;
import java.time.Instant;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;

/** A Spark task reading source files (one input row per file): what every source's reader needs. */
abstract class FileTask implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  final HadoopConf conf;
  final Pseudonymizer pseudonymizer;
  /** The ingestion time, for the future-date rules. */
  final Instant now;
  /** Files read, for progress (may be null). */
  final LongAccumulator filesDone;

  FileTask(HadoopConf conf, Pseudonymizer pseudonymizer, Instant now, LongAccumulator filesDone) {
    this.conf = conf;
    this.pseudonymizer = pseudonymizer;
    this.now = now;
    this.filesDone = filesDone;
  }
}
