package id.banyuwangi.kampung.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import id.banyuwangi.kampung.read.Cell;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes cells one at a time to a stream, in a format whose rows stand alone (CSV, SDMX-CSV, JSON
 * lines): a list answer and a streamed export write alike, and an export never holds its rows.
 */
interface CellWriter extends AutoCloseable {
  /** The columns of a plain CSV answer, one row per cell. */
  List<String> CSV_COLUMNS = List.of("indicator", "area", "area_name", "area_level", "period", "period_kind",
      "breakdown", "member", "category", "value", "numerator", "denominator", "suppressed", "suppression");

  void write(Cell cell) throws IOException;

  @Override
  void close() throws IOException;

  static CellWriter open(DataFormat format, OutputStream out, SdmxStructure structure) throws IOException {
    return switch (format) {
      case CSV -> new Csv(out, CSV_COLUMNS, CellWriter::csvRow);
      case SDMX_CSV -> new Csv(out, sdmxCsvHeader(structure), c -> sdmxCsvRow(structure, c));
      case JSON_LINES -> new JsonLines(out);
      default -> throw new IllegalArgumentException(format + " is not written row by row");
    };
  }

  /** Writes {@code cells} in {@code format} into a byte array (a list answer). */
  static byte[] bytes(DataFormat format, List<Cell> cells, SdmxStructure structure) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (CellWriter writer = open(format, out, structure)) {
      for (Cell c : cells) {
        writer.write(c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static List<String> csvRow(Cell c) {
    return java.util.Arrays.asList(c.indicatorCode(), c.areaCode(), c.areaName(), c.areaLevel(), c.period(),
        c.periodKind(), c.breakdown(), c.member(), c.category(), number(c.value()), number(c.numerator()),
        number(c.denominator()), Boolean.toString(c.suppressed()), c.suppression());
  }

  static List<String> sdmxCsvHeader(SdmxStructure structure) {
    List<String> header = new ArrayList<>(List.of("STRUCTURE", "STRUCTURE_ID", "ACTION"));
    structure.dimensions().forEach(d -> header.add(d.id()));
    header.add(SdmxStructure.TIME_PERIOD);
    header.add("OBS_VALUE");
    header.addAll(SdmxStructure.ATTRIBUTES);
    return header;
  }

  private static List<String> sdmxCsvRow(SdmxStructure structure, Cell c) {
    List<String> row = new ArrayList<>(List.of("dataflow", SdmxStructure.structureId(), "I"));
    row.addAll(structure.key(c));
    row.add(SdmxStructure.timePeriod(c));
    row.add(SdmxStructure.obsValue(c));
    row.addAll(structure.attributes(c));
    return row;
  }

  private static String number(Double d) {
    return d == null ? null : Double.toString(d);
  }

  /** RFC 4180 (CRLF line ends, quotes where needed), UTF-8, a header row; null is an empty field. */
  final class Csv implements CellWriter {
    private final CSVPrinter printer;
    private final java.util.function.Function<Cell, List<String>> row;

    Csv(OutputStream out, List<String> header, java.util.function.Function<Cell, List<String>> row) throws IOException {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
      this.row = row;
    }

    @Override
    public void write(Cell cell) throws IOException {
      printer.printRecord(row.apply(cell));
    }

    @Override
    public void close() throws IOException {
      printer.close(true);
    }
  }

  /** One JSON object per line, the fields of a JSON value with the indicator, level and period kind. */
  final class JsonLines implements CellWriter {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"indicator", "area", "area_name", "area_level", "period", "period_kind", "breakdown", "member",
        "category", "value", "numerator", "denominator", "suppressed", "suppression"})
    record Line(String indicator, String area, @JsonProperty("area_name") String areaName,
        @JsonProperty("area_level") String areaLevel, String period, @JsonProperty("period_kind") String periodKind,
        String breakdown, String member, String category,
        @JsonInclude(JsonInclude.Include.ALWAYS) Double value,
        @JsonInclude(JsonInclude.Include.ALWAYS) Double numerator,
        @JsonInclude(JsonInclude.Include.ALWAYS) Double denominator,
        boolean suppressed, String suppression) {}

    private final OutputStream out;
    private final JsonGenerator json;

    JsonLines(OutputStream out) throws IOException {
      this.out = out;
      this.json = Answer.JSON.getFactory().createGenerator(out);
      json.setRootValueSeparator(null);
    }

    @Override
    public void write(Cell c) throws IOException {
      Answer.JSON.writeValue(json, new Line(c.indicatorCode(), c.areaCode(), c.areaName(), c.areaLevel(), c.period(),
          c.periodKind(), c.breakdown(), c.member(), c.category(), c.value(), c.numerator(), c.denominator(),
          c.suppressed(), c.suppression()));
      json.flush();
      out.write('\n');
    }

    @Override
    public void close() throws IOException {
      json.close();
    }
  }
}
