package id.banyuwangi.kampung.reports.planner;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a loaded planner report in one file format. */
interface ReportWriter {
  void write(PlannerReport report, OutputStream out) throws IOException;
}
