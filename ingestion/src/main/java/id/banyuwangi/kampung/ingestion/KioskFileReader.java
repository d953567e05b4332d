package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.lake.ReasonCode;
import id.banyuwangi.kampung.domain.person.Pseudonymizer;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * The Spark task that reads kiosk files: input rows are {@code (path, source_file)}; for each file
 * it emits one {@link #KIND_LINE} row per line (parsed and validated, NIK pseudonymised), a
 * {@link #KIND_TRUNCATED} row when a gzip ends early, and one {@link #KIND_FILE} row with the
 * file's sha256, size and line count. Reading goes through the Hadoop FileSystem and codec, so any
 * Hadoop URI works; the sha256 is taken over the raw bytes in the same pass.
 */
final class KioskFileReader extends FileTask {
  private static final long serialVersionUID = 1L;

  static final String KIND_LINE = "LINE";
  static final String KIND_TRUNCATED = "TRUNCATED";
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
    List<Row> rows = new ArrayList<>();
    Path path = new Path(pathString);
    MessageDigest sha = sha256();
    long[] size = {0};
    long lines = 0;
    String truncation = null;
    try {
      FileSystem fs = path.getFileSystem(conf.get());
      CompressionCodec codec = new CompressionCodecFactory(conf.get()).getCodec(path);
      try (InputStream raw = counting(fs.open(path), size);
          DigestInputStream digested = new DigestInputStream(raw, sha)) {
        InputStream in = codec == null ? digested : codec.createInputStream(digested);
        LineSplitter splitter = new LineSplitter(in);
        try {
          String line;
          while ((line = splitter.next()) != null) {
            lines++;
            if (lines == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
              line = line.substring(1);
            }
            rows.add(lineRow(parser, name, month, lines, line));
          }
        } catch (EOFException | ZipException e) {
          // Everything decompressed before the break is kept; the partial last line is the break.
          truncation = e.getClass().getSimpleName();
        }
        // Hash the bytes the decompressor did not need (gzip trailer, garbage after a break).
        byte[] buf = new byte[1 << 16];
        while (digested.read(buf) >= 0) {
          // drain
        }
        if (in != digested) {
          in.close(); // returns the pooled decompressor
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read kiosk file " + name, e);
    }
    if (truncation != null) {
      rows.add(RowFactory.create(KIND_TRUNCATED, name, month, lines + 1, null,
          ReasonCode.TRUNCATED_FILE.name(),
          "gzip stream ends early (" + truncation + ") after " + lines + " complete lines",
          null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, null, null));
    }
    rows.add(RowFactory.create(KIND_FILE, name, month, lines, null,
        truncation == null ? null : ReasonCode.TRUNCATED_FILE.name(), null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, HexFormat.of().formatHex(sha.digest()), size[0]));
    return rows;
  }

  private static Row lineRow(KioskEventParser parser, String name, String month, long lineNo, String line) {
    ParseResult result = parser.parse(line);
    if (result instanceof ParseResult.Rejected r) {
      return RowFactory.create(KIND_LINE, name, month, lineNo, line, r.reason().name(), r.detail(),
          null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, null, null);
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

  /**
   * Splits a byte stream into UTF-8 lines at {@code \n} (a trailing {@code \r} is dropped), reading
   * in chunks and keeping no decoded data in a reader's buffer, so every complete line before a
   * stream error has been returned when the error surfaces.
   */
  static final class LineSplitter {
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;
    private boolean eof;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

    LineSplitter(InputStream in) {
      this.in = in;
    }

    /** The next line, or null at the end; a last line without a newline is returned too. */
    String next() throws IOException {
      while (true) {
        for (int i = pos; i < len; i++) {
          if (buf[i] == '\n') {
            line.write(buf, pos, i - pos);
            pos = i + 1;
            return take();
          }
        }
        line.write(buf, pos, len - pos);
        pos = len;
        if (eof) {
          return line.size() > 0 ? take() : null;
        }
        int n = in.read(buf, 0, buf.length);
        if (n < 0) {
          eof = true;
          len = 0;
        } else {
          len = n;
        }
        pos = 0;
      }
    }

    private String take() {
      byte[] bytes = line.toByteArray();
      int n = bytes.length;
      if (n > 0 && bytes[n - 1] == '\r') {
        n--;
      }
      line.reset();
      return new String(bytes, 0, n, StandardCharsets.UTF_8);
    }
  }

  /** The sha256 of a file's raw bytes, through the Hadoop FileSystem. */
  static String sha256(HadoopConf conf, String pathString) {
    Path path = new Path(pathString);
    MessageDigest sha = sha256();
    try (InputStream in = new DigestInputStream(path.getFileSystem(conf.get()).open(path), sha)) {
      byte[] buf = new byte[1 << 16];
      while (in.read(buf) >= 0) {
        // digest
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read file " + path.getName(), e);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static InputStream counting(InputStream in, long[] count) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          count[0]++;
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          count[0] += n;
        }
        return n;
      }
    };
  }
}
