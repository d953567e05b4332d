package id.banyuwangi.kampung.reports.planner;

import java.util.Arrays;
import java.util.List;

/**
 * A table as the writers show it: a title, columns and rows of {@link Cell}s. Built by
 * {@link ReportTables}, so that the PDF and the Excel file carry the same figures.
 */
record ReportTable(String title, List<Column> columns, List<List<Cell>> rows) {
  /**
   * A column: its header, its width in characters (relative widths in the PDF) and the group its
   * header sits under (an indicator over its year, last year and change columns; empty for none).
   */
  record Column(String header, int width, String group) {
    Column(String header, int width) {
      this(header, width, "");
    }
  }

  /** The same table with only the given columns, in the given order. */
  ReportTable only(int... keep) {
    List<Column> kept = Arrays.stream(keep).mapToObj(columns::get).toList();
    List<List<Cell>> keptRows = rows.stream().map(r -> Arrays.stream(keep).mapToObj(r::get).toList()).toList();
    return new ReportTable(title, kept, keptRows);
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  boolean hasHeader() {
    return columns.stream().anyMatch(c -> !c.header().isEmpty());
  }

  boolean hasGroups() {
    return columns.stream().anyMatch(c -> !c.group().isEmpty());
  }
}
