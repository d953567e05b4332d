package id.banyuwangi.kampung.ingestion;

import java.util.ArrayList;
import java.util.List;

/**
 * Which files under a source root ingestion reads: {@code kiosk/*.jsonl[.gz]} and
 * {@code <source>/*.csv} for the CSV sources. A file is complete when it is renamed into place
 * under its final name, so a name that is hidden ({@code .x}, as rsync and many uploaders write
 * while copying) or a Hadoop-style temporary ({@code _x}), or that does not end in the source's
 * extension ({@code x.csv.tmp}, {@code x.jsonl.gz.part}), is not read yet.
 */
public final class SourceLayout {
  private SourceLayout() {}

  /** The source directories, in the order a run ingests them: the kiosk's, then the CSV sources'. */
  public static List<String> directories() {
    List<String> dirs = new ArrayList<>();
    dirs.add(IngestJob.SOURCE);
    CsvSources.ALL.forEach(s -> dirs.add(s.dir()));
    return List.copyOf(dirs);
  }

  /** Whether {@code name} in source directory {@code dir} is a complete source file. */
  public static boolean isSourceFile(String dir, String name) {
    if (name.startsWith(".") || name.startsWith("_")) {
      return false;
    }
    return dir.equals(IngestJob.SOURCE) ? name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") : name.endsWith(".csv");
  }
}
