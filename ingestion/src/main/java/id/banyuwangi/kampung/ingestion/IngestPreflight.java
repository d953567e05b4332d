package id.banyuwangi.kampung.ingestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The checks an ingest passes before it starts Spark or writes anything: a mistyped path must
 * never cost data nor leave an empty lake behind. Refused (with {@link IllegalArgumentException}):
 * a source that does not exist, is not a directory or holds none of the source directories; a
 * source entry ({@code kiosk}, {@code population}, ...) that is a file; a lake path that is a file,
 * or an existing non-empty directory that holds no lake ({@code _system/}). A lake that does not
 * exist yet is created by the first ingest.
 */
public final class IngestPreflight {
  private IngestPreflight() {}

  /** The source directories a run reads, in run order. */
  static List<String> sourceDirs() {
    List<String> dirs = new ArrayList<>();
    dirs.add(IngestJob.SOURCE);
    CsvSources.ALL.forEach(s -> dirs.add(s.dir()));
    return dirs;
  }

  /**
   * A Hadoop configuration as Spark will build it, before Spark starts: the defaults plus every
   * {@code spark.hadoop.*} system property (spark-submit's {@code --conf spark.hadoop.fs.s3a...}).
   */
  public static Configuration hadoopConf() {
    Configuration conf = new Configuration();
    System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("spark.hadoop."))
        .forEach(k -> conf.set(k.substring("spark.hadoop.".length()), System.getProperty(k)));
    return conf;
  }

  /** Refuses the run's paths when they would read nothing or write where no lake is. */
  public static void check(IngestOptions options, Configuration hadoop) {
    checkSource(new Path(options.sourceUri()), hadoop);
    checkLake(new Path(options.lakeUri()), hadoop);
  }

  private static void checkSource(Path source, Configuration hadoop) {
    FileStatus root = status(source, hadoop);
    if (root == null) {
      throw new IllegalArgumentException("source " + source + " does not exist (nothing was read or written)");
    }
    if (!root.isDirectory()) {
      throw new IllegalArgumentException("source " + source + " is a file; give the directory that holds "
          + String.join("/, ", sourceDirs()) + "/");
    }
    boolean any = false;
    for (String dir : sourceDirs()) {
      FileStatus s = status(new Path(source, dir), hadoop);
      if (s != null && !s.isDirectory()) {
        throw new IllegalArgumentException("source " + source + ": " + dir + " is a file, it must be a directory of "
            + dir + " files (nothing was read or written)");
      }
      any |= s != null;
    }
    if (!any) {
      throw new IllegalArgumentException("source " + source + " holds none of " + String.join("/, ", sourceDirs())
          + "/: nothing to ingest (is it the right directory?)");
    }
  }

  private static void checkLake(Path lake, Configuration hadoop) {
    FileStatus root = status(lake, hadoop);
    if (root == null) {
      return; // the first ingest creates it
    }
    if (!root.isDirectory()) {
      throw new IllegalArgumentException("lake " + lake + " is a file, not a lake directory (nothing was written)");
    }
    try {
      FileSystem fs = lake.getFileSystem(hadoop);
      if (fs.listStatus(lake).length > 0 && !fs.exists(new Path(lake, "_system"))) {
        throw new IllegalArgumentException("lake " + lake + " is a non-empty directory that holds no lake"
            + " (no _system/): refusing to write into it (nothing was written)");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list lake " + lake, e);
    }
  }

  /** The status of a path, or null when it does not exist. */
  private static FileStatus status(Path path, Configuration hadoop) {
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      return fs.exists(path) ? fs.getFileStatus(path) : null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
