package id.banyuwangi.kampung.reports.planner;

import java.util.List;

/**
 * A table as both writers show it: a title, columns and rows of {@link Cell}s. Built once by
 * {@link ReportTables}, so the PDF and the Excel file carry the same figures.
 */
record ReportTable(String title, List<Column> columns, List<List<Cell>> rows) {
  /** A column: its header and its width in characters (relative widths in the PDF). */
  record Column(String header, int width) {}

  boolean isEmpty() {
    return rows.isEmpty();
  }
}
