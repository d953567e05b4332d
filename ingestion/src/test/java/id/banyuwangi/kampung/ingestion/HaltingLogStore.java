package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.fault.FaultPoint;
import io.delta.storage.HDFSLogStore;
import java.io.IOException;
import java.util.Iterator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Delta's log store for local files with two fault points around every commit of a table: {@code
 * delta.commit:<table>} once the commit's data files are written and before its log entry (the
 * atomic step) is, and {@code delta.committed:<table>} right after. {@code <table>} is the last two
 * segments before {@code _delta_log}, e.g. {@code silver/kiosk_events}. Installed in a crash test's
 * child JVM with {@code -Dspark.delta.logStore.file.impl=} this class.
 */
public class HaltingLogStore extends HDFSLogStore {
  public HaltingLogStore(Configuration hadoopConf) {
    super(hadoopConf);
  }

  @Override
  public void write(Path path, Iterator<String> actions, Boolean overwrite, Configuration hadoopConf)
      throws IOException {
    String table = table(path);
    if (table != null) {
      FaultPoint.reach("delta.commit:" + table);
    }
    super.write(path, actions, overwrite, hadoopConf);
    if (table != null) {
      FaultPoint.reach("delta.committed:" + table);
    }
  }

  /** The table of a commit file ({@code .../silver/kiosk_events/_delta_log/00000000000000000003.json}), else null. */
  static String table(Path path) {
    Path log = path.getParent();
    if (!path.getName().matches("\\d{20}\\.json") || log == null || !log.getName().equals("_delta_log")) {
      return null;
    }
    Path table = log.getParent();
    return table.getParent().getName() + "/" + table.getName();
  }
}
