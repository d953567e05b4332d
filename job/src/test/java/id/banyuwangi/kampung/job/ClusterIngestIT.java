package id.banyuwangi.kampung.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.banyuwangi.kampung.domain.person.Pseudonymizer;
import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.generator.GeneratorConfig;
import id.banyuwangi.kampung.generator.SourceGenerator;
import id.banyuwangi.kampung.ingestion.IngestJob;
import id.banyuwangi.kampung.ingestion.IngestMain;
import id.banyuwangi.kampung.ingestion.IngestOptions;
import id.banyuwangi.kampung.ingestion.IngestSummary;
import id.banyuwangi.kampung.warehouse.BuildSummary;
import id.banyuwangi.kampung.warehouse.WarehouseBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same job on a cluster: the shaded job jar, submitted with spark-submit to a real Spark
 * standalone master and worker (separate JVMs on 127.0.0.1), ingests generated sources from an
 * in-process HDFS into a lake on that HDFS; the warehouse is built from the HDFS lake (its files
 * copied out through the Hadoop FileSystem API) and its marts equal, row count for row count and
 * cell for cell, those of an embedded (local[2]) ingest of the same sources.
 */
@Tag("e2e")
class ClusterIngestIT {
  private static final String KEY = "test-only-pseudonym-key";
  private static final Pattern GRANTED = Pattern.compile("Granted executor ID (\\S+) on hostPort (\\S+) with (\\d+) core");
  private static final Pattern APP_ID = Pattern.compile("Connected to Spark cluster with app ID (\\S+)");

  @TempDir Path dir;

  @Test
  void theJobJarIngestsOnAStandaloneClusterIntoHdfsAndTheMartsMatchAnEmbeddedRun() throws Exception {
    Path jobJar = Path.of(System.getProperty("kampung.job.jar", "target/kampung-ingest-job.jar"));
    assertTrue(Files.isRegularFile(jobJar), "the job jar is built before this test: " + jobJar);
    Path sources = dir.resolve("sources");
    SourceGenerator.generate(new GeneratorConfig(sources, LocalDate.of(2024, 6, 28), LocalDate.of(2024, 7, 2), 0.02, 11),
        Progress.NONE);

    try (MiniHdfs hdfs = MiniHdfs.start(dir.resolve("hdfs"));
        StandaloneCluster cluster = StandaloneCluster.start(SparkDistribution.link(dir.resolve("spark-home")),
            dir.resolve("cluster"), 2)) {
      FileSystem fs = hdfs.fileSystem();
      fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(sources.toUri()), new org.apache.hadoop.fs.Path(hdfs.uri("/sources")));
      String lake = hdfs.uri("/lake");

      long t0 = System.nanoTime();
      int exit = cluster.submit(List.of( // what docs/CLUSTER.md gives for a standalone cluster
          "--class", IngestMain.class.getName(), "--name", "kampung-ingest",
          "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
          "--conf", "spark.executor.cores=1", "--conf", "spark.cores.max=2", "--conf", "spark.executor.memory=1g",
          "--conf", "spark.sql.shuffle.partitions=4", "--conf", "spark.default.parallelism=4",
          jobJar.toString(), "ingest", "--source", hdfs.uri("/sources"), "--lake", lake),
          Map.of("KAMPUNG_PSEUDONYM_KEY", KEY));
      double seconds = (System.nanoTime() - t0) / 1e9;
      String submitLog = Files.readString(cluster.log("submit"));
      assertEquals(0, exit, "spark-submit failed:\n" + tail(submitLog));

      // What the cluster ran.
      Matcher app = APP_ID.matcher(submitLog);
      assertTrue(app.find(), "the driver connected to the standalone master");
      System.out.printf("cluster %s ran %s in %.1f s (spark-submit, client mode, job jar %,d KB)%n",
          cluster.masterUrl(), app.group(1), seconds, Files.size(jobJar) >> 10);
      Matcher granted = GRANTED.matcher(submitLog);
      int executors = 0;
      while (granted.find()) {
        executors++;
        System.out.printf("  executor %s on %s, %s core(s)%n", granted.group(1), granted.group(2), granted.group(3));
      }
      assertTrue(executors >= 1, "the worker ran executors");
      JsonNode status = cluster.status();
      for (JsonNode a : status.path("completedapps")) {
        System.out.printf("  master: %s %s %s, %s cores, %s ms%n", a.path("id").asText(), a.path("name").asText(),
            a.path("state").asText(), a.path("cores").asText(), a.path("duration").asText());
      }
      for (JsonNode w : status.path("workers")) {
        System.out.printf("  worker %s %s, %s cores%n", w.path("id").asText(), w.path("state").asText(), w.path("cores").asText());
      }
      // the job's summary, as IngestMain prints it (the job also logs it)
      String summary = submitLog.lines().filter(l -> l.startsWith("ingest ingest-") || l.matches("  \\w+: .*lines read.*"))
          .distinct().reduce("", (a, b) -> a + b + "\n");
      System.out.print(summary);
      assertTrue(fs.exists(new org.apache.hadoop.fs.Path(lake + "/silver/kiosk_events/_delta_log")), "the lake is on HDFS");
      assertFalse(Files.exists(Path.of("/lake")), "nothing went to the local filesystem");

      // The same sources, embedded.
      Path localLake = dir.resolve("local-lake");
      SparkSession spark = IngestJob.session("local[2]");
      IngestSummary embedded;
      try {
        embedded = IngestJob.run(spark, new IngestOptions(sources.toString(), localLake.toString(), null, Instant.now()),
            new Pseudonymizer(KEY), Progress.NONE);
      } finally {
        spark.stop();
      }
      System.out.println("embedded: " + embedded.total().linesRead() + " lines, " + embedded.total().accepted() + " accepted");

      // Both warehouses, and their marts compared.
      Path fromCluster = dir.resolve("cluster.duckdb");
      Path fromEmbedded = dir.resolve("embedded.duckdb");
      BuildSummary clusterBuild = WarehouseBuilder.build(lake, fromCluster, Progress.NONE);
      BuildSummary embeddedBuild = WarehouseBuilder.build(localLake.toString(), fromEmbedded, Progress.NONE);
      Map<String, Long> marts = new TreeMap<>(clusterBuild.rowsPerTable());
      System.out.println("marts built from the HDFS lake: " + marts);
      assertEquals(new TreeMap<>(embeddedBuild.rowsPerTable()), marts);
      assertTrue(marts.get("mart_indicator_cell") > 0 && marts.get("fact_service_request") > 0);
      assertEquals(0, differingCells(fromCluster, fromEmbedded), "mart_indicator_cell cell for cell");
      try (var leftovers = Files.list(dir)) {
        assertTrue(leftovers.noneMatch(p -> p.getFileName().toString().contains(".lake-copy-")), "the lake copy is removed");
      }
    }
  }

  /**
   * Rows of mart_indicator_cell in one warehouse and not the other, both ways; doubles rounded to
   * 9 digits, as sums over differently laid out files may differ in the last bit.
   */
  private static long differingCells(Path a, Path b) throws Exception {
    String cells = "SELECT * REPLACE (round(numerator, 9) AS numerator, round(denominator, 9) AS denominator,"
        + " round(value, 9) AS value) FROM %s.mart_indicator_cell";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("ATTACH '" + a + "' AS a (READ_ONLY)");
      s.execute("ATTACH '" + b + "' AS b (READ_ONLY)");
      String ab = cells.formatted("a") + " EXCEPT ALL " + cells.formatted("b");
      String ba = cells.formatted("b") + " EXCEPT ALL " + cells.formatted("a");
      try (ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM (" + ab + ")) + (SELECT count(*) FROM (" + ba + "))")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static String tail(String log) {
    List<String> lines = log.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
  }
}
