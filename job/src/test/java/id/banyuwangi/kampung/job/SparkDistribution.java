package id.banyuwangi.kampung.job;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A {@code SPARK_HOME} made of the Spark jars on this test's classpath (links in {@code jars/}), as a
 * Spark distribution has them, and without the job's own classes: what the job jar ships (the
 * project's modules, Delta, commons-csv) is left out, so the cluster can only run the job from the
 * jar. Test-only jars (JUnit, the HDFS minicluster, DuckDB) are left out too.
 */
final class SparkDistribution {
  private static final List<String> NOT_SPARKS = List.of("/id/banyuwangi/kampung/", "/target/",
      "/io/delta/delta-spark", "/io/delta/delta-storage", "commons-csv", "hadoop-client-minicluster",
      "/org/junit/", "opentest4j", "apiguardian", "duckdb", "surefire", "failsafe");

  final Path home;

  private SparkDistribution(Path home) {
    this.home = home;
  }

  static SparkDistribution link(Path home) throws IOException {
    Path jars = Files.createDirectories(home.resolve("jars"));
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<Path> sparkJars = Arrays.stream(classpath.split(File.pathSeparator))
        .filter(e -> e.endsWith(".jar") && NOT_SPARKS.stream().noneMatch(e::contains))
        .map(Path::of).filter(Files::isRegularFile).toList();
    if (sparkJars.stream().noneMatch(j -> j.getFileName().toString().startsWith("spark-core_"))) {
      throw new IllegalStateException("no Spark jars on the classpath: " + classpath);
    }
    for (Path jar : sparkJars) {
      Path link = jars.resolve(jar.getFileName());
      if (!Files.exists(link)) {
        Files.createSymbolicLink(link, jar);
      }
    }
    return new SparkDistribution(home);
  }

  /** The classpath spark-submit and the daemons get: {@code SPARK_HOME/jars/*}. */
  String classpath() {
    return home.resolve("jars") + File.separator + "*";
  }
}
