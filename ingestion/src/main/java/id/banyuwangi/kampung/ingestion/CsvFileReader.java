package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.lake.ReasonCode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.banyuwangi.kampung.domain.person.Pseudonymizer;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * The Spark task that reads CSV source files: input rows are {@code (path, source, source_file)}.
 * For each file it emits one {@link #KIND_LINE} row per data row (line 1 is the header; data rows
 * are lines 2..n), validated by the file's {@link CsvSource}, a {@link #KIND_HEADER} row with
 * {@code MISSING_COLUMN} instead when the header lacks a required column (line_no 0: the record
 * is the file's; the rows are then not read), and one {@link #KIND_FILE} row with the file's sha256, size and physical line count.
 * {@code raw_line} is the row re-serialised as a JSON object of its header names (every column,
 * known or not), or the line as received when it is not parseable CSV; {@code values} are the
 * silver data column values as canonical strings (ISO dates), cast to their types in Spark.
 */
final class CsvFileReader extends FileTask {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();

  static final String KIND_LINE = "LINE";
  static final String KIND_HEADER = "HEADER";
  static final String KIND_FILE = "FILE";

  static final StructType INPUT = new StructType()
      .add("path", DataTypes.StringType)
      .add("source", DataTypes.StringType)
      .add("name", DataTypes.StringType);

  static final StructType SCHEMA = new StructType()
      .add("kind", DataTypes.StringType, false)
      .add("source", DataTypes.StringType, false)
      .add("source_file", DataTypes.StringType, false)
      .add("line_no", DataTypes.LongType, false)
      .add("raw_line", DataTypes.StringType)
      .add("reason_code", DataTypes.StringType)
      .add("reason_detail", DataTypes.StringType)
      .add("values", DataTypes.createArrayType(DataTypes.StringType))
      .add("sha256", DataTypes.StringType)
      .add("size_bytes", DataTypes.LongType);

  CsvFileReader(HadoopConf conf, Pseudonymizer pseudonymizer, Instant now, LongAccumulator filesDone) {
    super(conf, pseudonymizer, now, filesDone);
  }

  @Override
  public Iterator<Row> call(Iterator<Row> files) {
    // One set of rules per task: the pseudonymizer's MAC is not thread-safe.
    CsvRecord.Rules rules = new CsvRecord.Rules(RegionHierarchy.banyuwangi(), now, pseudonymizer);
    return SourceFiles.perFile(files,
        f -> readFile(rules, f.getString(0), CsvSources.byDir(f.getString(1)), f.getString(2)), filesDone);
  }

  private List<Row> readFile(CsvRecord.Rules rules, String pathString, CsvSource source, String name) {
    SourceFileContent content = SourceFileContent.read(conf.get(), pathString, name);
    List<Row> rows = readSourceLines(rules, source, name, content.lines());
    SourceFileContent.Fault fault = content.fault();
    if (fault != null) {
      rows.add(RowFactory.create(KIND_HEADER, source.dir(), name, fault.lineNo(), null, fault.reason().name(),
          fault.detail(), null, null, null));
    }
    if (content.sha256() != null) {
      rows.add(RowFactory.create(KIND_FILE, source.dir(), name, (long) content.lines().size(), null, null, null, null,
          content.sha256(), content.size()));
    }
    return rows;
  }

  /** {@link #readSourceLines} of lines read without a fault. */
  static List<Row> readLines(CsvRecord.Rules rules, CsvSource source, String name, List<String> lines) {
    return readSourceLines(rules, source, name, lines.stream().map(SourceLines.Line::clean).toList());
  }

  /**
   * The rows of one file's lines (line 1 the header): MISSING_COLUMN for the file, or one row per
   * data line. Plain Java, so the rules are testable without Spark.
   */
  static List<Row> readSourceLines(CsvRecord.Rules rules, CsvSource source, String name,
      List<SourceLines.Line> lines) {
    List<Row> rows = new ArrayList<>();
    if (lines.isEmpty()) {
      return rows;
    }
    String first = lines.get(0).text();
    List<String> header = CsvLine.split(first.startsWith("\uFEFF") ? first.substring(1) : first);
    Map<String, Integer> index = new HashMap<>();
    if (header != null) {
      for (int i = 0; i < header.size(); i++) {
        index.putIfAbsent(header.get(i).strip(), i);
      }
    }
    List<String> missing = source.header().stream().filter(c -> !index.containsKey(c)).toList();
    if (header == null || !missing.isEmpty()) {
      rows.add(RowFactory.create(KIND_HEADER, source.dir(), name, 0L, first,
          ReasonCode.MISSING_COLUMN.name(), header == null ? "the header is not parseable CSV"
              : "the header lacks " + missing + "; the file's " + (lines.size() - 1) + " data rows are not read",
          null, null, null));
      return rows;
    }
    for (int i = 1; i < lines.size(); i++) {
      SourceLines.Line line = lines.get(i);
      rows.add(line.fault() != null
          ? RowFactory.create(KIND_LINE, source.dir(), name, i + 1L, line.text(), line.fault().name(), line.detail(),
              null, null, null)
          : lineRow(rules, source, name, i + 1L, header, index, line.text()));
    }
    return rows;
  }

  private static Row lineRow(CsvRecord.Rules rules, CsvSource source, String name, long lineNo,
      List<String> header, Map<String, Integer> index, String line) {
    List<String> fields = CsvLine.split(line);
    if (fields == null || fields.size() != header.size()) {
      String why = fields == null ? "not parseable CSV (a stray or unterminated quote)"
          : "has " + fields.size() + " fields, the header has " + header.size();
      return RowFactory.create(KIND_LINE, source.dir(), name, lineNo, line,
          ReasonCode.MALFORMED_ROW.name(), "the row " + why, null, null, null);
    }
    CsvRecord record = new CsvRecord(index, fields, source.personal(), rules);
    Object[] values = source.values(record);
    String raw = json(header, fields);
    if (record.reason() != null) {
      return RowFactory.create(KIND_LINE, source.dir(), name, lineNo, raw, record.reason().name(),
          record.detail(), null, null, null);
    }
    String[] text = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      text[i] = values[i] == null ? null : values[i].toString();
    }
    return RowFactory.create(KIND_LINE, source.dir(), name, lineNo, raw, null, null, scala.jdk.javaapi.CollectionConverters.asScala(java.util.Arrays.asList(text)).toSeq(), null, null);
  }

  /** The row as a JSON object of its header names, in header order. */
  static String json(List<String> header, List<String> fields) {
    ObjectNode o = JSON.createObjectNode();
    for (int i = 0; i < header.size(); i++) {
      o.put(header.get(i).strip(), fields.get(i));
    }
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
