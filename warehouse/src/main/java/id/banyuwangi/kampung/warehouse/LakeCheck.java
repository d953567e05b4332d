package id.banyuwangi.kampung.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import id.banyuwangi.kampung.domain.lake.LakeContract;
import id.banyuwangi.kampung.domain.lake.LakeTable;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Run before a build starts: the lake must exist and hold at least one of the silver tables the
 * warehouse reads (a Delta log under {@code <lake>/silver/<table>/_delta_log}). A mistyped
 * {@code --lake} would otherwise publish an empty warehouse over a good one. Absent single tables
 * stay normal: a lake without, say, the IDM source builds with those marts empty.
 */
final class LakeCheck {
  private LakeCheck() {}

  /** @throws RefusedBuildException when the lake does not exist or holds no silver table */
  static void require(String lakeUri) {
    Path lake = new Path(lakeUri);
    try {
      FileSystem fs = lake.getFileSystem(new Configuration());
      if (!fs.exists(lake)) {
        throw new RefusedBuildException("lake " + lakeUri + " does not exist; nothing was built or published");
      }
      for (LakeTable table : LakeContract.silverTables()) {
        if (fs.exists(new Path(new Path(lake, table.path()), "_delta_log"))) {
          return;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lake " + lakeUri, e);
    }
    throw new RefusedBuildException("lake " + lakeUri + " holds none of the silver tables ("
        + LakeContract.silverTables().stream().map(LakeTable::path).collect(Collectors.joining(", "))
        + "): is it the lake 'kampung ingest' wrote? Nothing was built or published");
  }
}
