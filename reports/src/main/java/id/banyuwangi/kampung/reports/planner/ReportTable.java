package id.banyuwangi.kampung.reports.planner;

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
