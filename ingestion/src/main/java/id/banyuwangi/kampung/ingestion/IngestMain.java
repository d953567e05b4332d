package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.person.Pseudonymizer;
import id.banyuwangi.kampung.domain.progress.Progress;
import java.time.Instant;
import org.apache.spark.sql.SparkSession;

/**
 * {@code IngestMain [ingest] --source URI --lake URI [--master URL]}: the ingestion job (every source) for {@code spark-submit}
 * (the master comes from spark-submit when not given) or a plain {@code java} launch (local[*]).
 * The pseudonymisation key comes from the environment ({@code KAMPUNG_PSEUDONYM_KEY} or
 * {@code KAMPUNG_PSEUDONYM_KEY_FILE}).
 */
public final class IngestMain {
  private IngestMain() {}

  public static void main(String[] args) {
    String source = null;
    String lake = null;
    String master = null;
    // "ingest" first, as in the kampung command line: `spark-submit ... job.jar ingest --source ...`
    for (int i = args.length > 0 && args[0].equals("ingest") ? 1 : 0; i < args.length; i++) {
      String a = args[i];
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        value = a.substring(eq + 1);
        a = a.substring(0, eq);
      }
      switch (a) {
        case "--source" -> source = value != null ? value : next(args, ++i, a);
        case "--lake" -> lake = value != null ? value : next(args, ++i, a);
        case "--master" -> master = value != null ? value : next(args, ++i, a);
        case "-h", "--help" -> {
          System.out.println(usage());
          return;
        }
        default -> fail("unknown argument " + a);
      }
    }
    if (source == null || lake == null) {
      fail("--source and --lake are required");
    }
    Pseudonymizer pseudonymizer = Pseudonymizer.fromEnvironment();
    IngestOptions options = new IngestOptions(source, lake, master, Instant.now());
    try {
      IngestPreflight.check(options, IngestPreflight.hadoopConf()); // before Spark starts
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    }
    SparkSession spark = IngestJob.session(master);
    try {
      IngestSummary summary = IngestJob.run(spark, options, pseudonymizer, Progress.NONE);
      System.out.println(summary);
    } finally {
      spark.stop();
    }
  }

  private static String next(String[] args, int i, String flag) {
    if (i >= args.length) {
      fail(flag + " needs a value");
    }
    return args[i];
  }

  private static String usage() {
    return "usage: IngestMain [ingest] --source URI --lake URI [--master URL]";
  }

  private static void fail(String message) {
    System.err.println(message);
    System.err.println(usage());
    System.exit(2);
  }
}
