package id.banyuwangi.kampung.generator;

import id.banyuwangi.kampung.domain.lake.ReasonCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One CSV file being built: rows in canonical column order, bad rows mixed in, then rendered with
 * the file's layout (column order, an extra unknown column, or a missing required column).
 */
final class CsvFile {
  /** Share of good rows followed by one injected bad row. */
  static final double ROW_FAULT_RATE = 0.0085;

  /** How the file's header looks. {@code order}: canonical column indexes in file order. */
  record Layout(int[] order, String extraName, int extraPos, String droppedColumn) {
    boolean missingColumn() {
      return droppedColumn != null;
    }
  }

  /** One row: canonical values; kind null for a good row; key set for a replacing row. */
  record Row(String[] values, ReasonCode kind, String key, int malformedMode) {}

  record Replacement(String file, int lineNo, String key) {}

  /** What the file contributed: rows written, truth rows, replacement rows. */
  record Written(String name, long rows, long good, List<FaultTruth.Row> truth,
      List<Replacement> replacements) {}

  final CsvSpec spec;
  final String name;
  final Layout layout;
  final List<Row> rows = new ArrayList<>();
  private final SplittableRandom layoutRng;

  CsvFile(CsvSpec spec, String name, Layout layout, long seed) {
    this.spec = spec;
    this.name = name;
    this.layout = layout;
    this.layoutRng = Seeds.rng(seed, Seeds.CSV_LAYOUT, name.hashCode(), 1);
  }

  /**
   * A seed-determined layout: mostly the contract's column order, sometimes another order, an
   * extra unknown column, or both.
   */
  static Layout layout(CsvSpec spec, SplittableRandom r) {
    int n = spec.columns.length;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    double u = r.nextDouble();
    boolean reorder = u < 0.15 || (u >= 0.85 && u < 0.9);
    boolean extra = u >= 0.75;
    if (reorder) {
      // Another export tool: the key columns first, the rest rotated or reversed.
      if (r.nextBoolean()) {
        for (int i = 0; i < n; i++) {
          order[i] = n - 1 - i;
        }
      } else {
        int k = 1 + r.nextInt(n - 1);
        for (int i = 0; i < n; i++) {
          order[i] = (i + k) % n;
        }
      }
    }
    if (extra) {
      String name = spec.extraColumns[r.nextInt(spec.extraColumns.length)];
      return new Layout(order, name, r.nextInt(n + 1), null);
    }
    return new Layout(order, null, -1, null);
  }

  /** The contract's order without one required column. */
  static Layout missingColumn(CsvSpec spec, SplittableRandom r) {
    String dropped = spec.droppable[r.nextInt(spec.droppable.length)];
    int drop = spec.col(dropped);
    int[] order = new int[spec.columns.length - 1];
    int k = 0;
    for (int i = 0; i < spec.columns.length; i++) {
      if (i != drop) {
        order[k++] = i;
      }
    }
    return new Layout(order, null, -1, dropped);
  }

  static Layout standard(CsvSpec spec) {
    int[] order = new int[spec.columns.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    return new Layout(order, null, -1, null);
  }

  void good(String[] values) {
    rows.add(new Row(values, null, null, 0));
  }

  void replacing(String[] values, String key) {
    rows.add(new Row(values, null, key, 0));
  }

  /**
   * Inserts bad rows: after each good row with probability {@code rate}, plus one of
   * each {@code forced} kind at a random place. Each is a phantom of a nearby good row.
   */
  void injectFaults(SplittableRandom fr, List<ReasonCode> forced, double rate) {
    if (rows.isEmpty() || layout.missingColumn()) {
      return;
    }
    List<Row> out = new ArrayList<>(rows.size() + rows.size() / 50 + forced.size());
    List<ReasonCode> kinds = spec.rowKinds;
    for (Row row : rows) {
      out.add(row);
      if (row.kind() == null && fr.nextDouble() < rate) {
        out.add(bad(kinds.get(fr.nextInt(kinds.size())), row.values(), fr));
      }
    }
    for (ReasonCode k : forced) {
      int at = fr.nextInt(out.size());
      Row template = out.get(at);
      while (template.kind() != null) {
        at = (at + 1) % out.size();
        template = out.get(at);
      }
      out.add(at + 1, bad(k, template.values(), fr));
    }
    rows.clear();
    rows.addAll(out);
  }

  private Row bad(ReasonCode kind, String[] template, SplittableRandom fr) {
    String[] values = spec.badRow(kind, template, fr);
    int mode = kind == ReasonCode.MALFORMED_ROW ? 1 + fr.nextInt(3) : 0;
    return new Row(values, kind, null, mode);
  }

  /** Renders and writes the file into {@code dir}. */
  Written write(Path dir) throws IOException {
    StringBuilder b = new StringBuilder(64 + rows.size() * 96);
    List<String> header = new ArrayList<>();
    for (int i : layout.order()) {
      header.add(spec.columns[i]);
    }
    if (layout.extraName() != null) {
      header.add(layout.extraPos(), layout.extraName());
    }
    appendLine(b, header);
    List<FaultTruth.Row> truth = new ArrayList<>();
    List<Replacement> repl = new ArrayList<>();
    long good = 0;
    if (layout.missingColumn()) {
      truth.add(new FaultTruth.Row(name, 0, ReasonCode.MISSING_COLUMN.name()));
    }
    int line = 1;
    for (Row row : rows) {
      line++;
      List<String> fields = new ArrayList<>(header.size() + 2);
      for (int i : layout.order()) {
        fields.add(row.values()[i]);
      }
      if (layout.extraName() != null) {
        fields.add(layout.extraPos(), extraValue(layout.extraName()));
      }
      if (row.malformedMode() > 0) {
        b.append(malformed(fields, row.malformedMode())).append('\n');
      } else {
        appendLine(b, fields);
      }
      if (layout.missingColumn()) {
        continue;
      }
      if (row.kind() != null) {
        truth.add(new FaultTruth.Row(name, line, row.kind().name()));
      } else {
        good++;
        if (row.key() != null) {
          repl.add(new Replacement(name, line, row.key()));
        }
      }
    }
    Files.write(dir.resolve(name), b.toString().getBytes(StandardCharsets.UTF_8));
    return new Written(name, rows.size(), good, truth, repl);
  }

  /** Wrong field count, no quotes (one physical line). */
  private String malformed(List<String> fields, int mode) {
    List<String> f = new ArrayList<>(fields);
    for (int i = 0; i < f.size(); i++) {
      // A malformed row carries no quotes at all: drop commas/quotes inside values.
      f.set(i, f.get(i).replace("\"", "").replace(",", " "));
    }
    switch (mode) {
      case 1 -> {
        // Cut short: the last 1-3 fields are missing.
        int drop = Math.min(f.size() - 1, 1 + (f.size() + mode) % 3);
        f = f.subList(0, f.size() - drop);
      }
      case 2 -> {
        // A number with an unquoted thousands comma splits into two fields.
        int at = f.size() / 2;
        f.add(at, "500");
      }
      default -> f.add("");
    }
    return String.join(",", f);
  }

  private String extraValue(String column) {
    SplittableRandom r = layoutRng;
    return switch (column) {
      case "keterangan" -> switch (r.nextInt(6)) {
        case 0 -> "Sudah diverifikasi, sesuai KK";
        case 1 -> "data \"lama\" diperbarui";
        case 2 -> "update";
        default -> "";
      };
      case "operator" -> "opr" + (1 + r.nextInt(9));
      case "tgl_export" -> "2024-01-0" + (1 + r.nextInt(9));
      case "sumber" -> r.nextBoolean() ? "SIKS-NG" : "aplikasi desa";
      default -> Integer.toString(r.nextInt(100));
    };
  }

  static void appendLine(StringBuilder b, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      String v = fields.get(i);
      if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0) {
        b.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        b.append(v);
      }
    }
    b.append('\n');
  }

  static String key(String... parts) {
    return String.join("|", Arrays.asList(parts));
  }
}
