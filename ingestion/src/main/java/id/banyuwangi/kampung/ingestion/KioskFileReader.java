package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.lake.ReasonCode;
import id.banyuwangi.kampung.domain.person.Pseudonymizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * The Spark task that reads kiosk files: input rows are {@code (path, source_file)}; for each file
 * it emits one {@link #KIND_LINE} row per line (parsed and validated, NIK pseudonymised; a line
 * that is not UTF-8 or too long is rejected as such), a {@link #KIND_FAULT} row when the file
 * cannot be read whole (a gzip that ends early or has trailing data, an empty, binary or UTF-16
 * file, a directory: {@link SourceFileContent}), and one {@link #KIND_FILE} row with the file's
 * sha256, size and line count (none for a directory). Reading goes through the Hadoop FileSystem,
 * so any Hadoop URI works; the sha256 is taken over the raw bytes in the same pass.
 */
final class KioskFileReader extends FileTask {
  private static final long serialVersionUID = 1L;

  static final String KIND_LINE = "LINE";
  /** A file's one quarantine record: truncated, trailing data, empty, binary, another encoding, a directory. */
  static final String KIND_FAULT = "FAULT";
  static final String KIND_FILE = "FILE";

  /** {@code <kiosk_id>_<YYYYMMDD>.jsonl[.gz]}: the month of the file name is bronze's partition. */
  private static final Pattern FILE_NAME = Pattern.compile(".*_(\\d{4})(\\d{2})(\\d{2})\\.jsonl(\\.gz)?");

  /** What a task emits. Timestamps travel as epoch micros and dates as epoch days. */
  static final StructType SCHEMA = new StructType()
      .add("kind", DataTypes.StringType, false)
      .add("source_file", DataTypes.StringType, false)
      .add("file_month", DataTypes.StringType, false)
      .add("line_no", DataTypes.LongType, false)
      .add("raw_line", DataTypes.StringType)
      .add("reason_code", DataTypes.StringType)
      .add("reason_detail", DataTypes.StringType)
      .add("event_id", DataTypes.StringType)
      .add("txn_id", DataTypes.StringType)
      .add("schema_version", DataTypes.StringType)
      .add("kiosk_id", DataTypes.StringType)
      .add("village_code", DataTypes.StringType)
      .add("event_type", DataTypes.StringType)
      .add("event_at_us", DataTypes.LongType)
      .add("service_code", DataTypes.StringType)
      .add("channel", DataTypes.StringType)
      .add("citizen_pseudonym", DataTypes.StringType)
      .add("citizen_sex", DataTypes.StringType)
      .add("birth_days", DataTypes.IntegerType)
      .add("fee_idr", DataTypes.LongType)
      .add("rating", DataTypes.IntegerType)
      .add("reason", DataTypes.StringType)
      .add("app_version", DataTypes.StringType)
      .add("uptime_s", DataTypes.LongType)
      .add("event_month", DataTypes.StringType)
      .add("sha256", DataTypes.StringType)
      .add("size_bytes", DataTypes.LongType);

  KioskFileReader(HadoopConf conf, Pseudonymizer pseudonymizer, Instant now, LongAccumulator filesDone) {
    super(conf, pseudonymizer, now, filesDone);
  }

  /** The bronze partition of a file: {@code yyyy-MM} from its name, or {@code unknown}. */
  static String fileMonth(String name) {
    Matcher m = FILE_NAME.matcher(name);
    if (!m.matches()) {
      return "unknown";
    }
    int month = Integer.parseInt(m.group(2));
    return month >= 1 && month <= 12 ? m.group(1) + "-" + m.group(2) : "unknown";
  }

  @Override
  public Iterator<Row> call(Iterator<Row> files) {
    // One parser per task: the pseudonymizer's MAC is not thread-safe.
    KioskEventParser parser = KioskEventParser.standard(pseudonymizer, now);
    return SourceFiles.perFile(files, f -> readFile(parser, f.getString(0), f.getString(1)), filesDone);
  }

  private List<Row> readFile(KioskEventParser parser, String pathString, String name) {
    String month = fileMonth(name);
    SourceFileContent content = SourceFileContent.read(conf.get(), pathString, name);
    List<Row> rows = new ArrayList<>();
    long lineNo = 0;
    for (SourceLines.Line line : content.lines()) {
      lineNo++;
      String text = line.text();
      if (lineNo == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
        text = text.substring(1);
      }
      rows.add(line.fault() != null
          ? rejectedRow(name, month, lineNo, text, line.fault(), line.detail())
          : lineRow(parser, name, month, lineNo, text));
    }
    SourceFileContent.Fault fault = content.fault();
    if (fault != null) {
      rows.add(RowFactory.create(KIND_FAULT, name, month, fault.lineNo(), null, fault.reason().name(),
          fault.detail(), null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, null, null));
    }
    if (content.sha256() != null) {
      rows.add(RowFactory.create(KIND_FILE, name, month, lineNo, null,
          fault == null ? null : fault.reason().name(), null,
          null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, content.sha256(), content.size()));
    }
    return rows;
  }

  private static Row rejectedRow(String name, String month, long lineNo, String line, ReasonCode reason, String detail) {
    return RowFactory.create(KIND_LINE, name, month, lineNo, line, reason.name(), detail,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null);
  }

  private static Row lineRow(KioskEventParser parser, String name, String month, long lineNo, String line) {
    ParseResult result = parser.parse(line);
    if (result instanceof ParseResult.Rejected r) {
      return rejectedRow(name, month, lineNo, line, r.reason(), r.detail());
    }
    KioskEvent e = ((ParseResult.Accepted) result).event();
    Instant at = e.eventAt();
    long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
    LocalDate birth = e.citizenBirthDate();
    return RowFactory.create(KIND_LINE, name, month, lineNo, line, null, null,
        e.eventId(), e.txnId(), e.schemaVersion(), e.kioskId(), e.villageCode(), e.eventType(),
        micros, e.serviceCode(), e.channel(), e.citizenPseudonym(), e.citizenSex(),
        birth == null ? null : (int) birth.toEpochDay(), e.feeIdr(), e.rating(), e.reason(),
        e.appVersion(), e.uptimeS(), e.eventMonth(), null, null);
  }
}
