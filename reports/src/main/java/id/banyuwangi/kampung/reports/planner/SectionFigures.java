package id.banyuwangi.kampung.reports.planner;

import java.util.List;

/** One chapter of a planner report: its indicators in catalog order. */
public record SectionFigures(ReportSection section, List<IndicatorFigures> indicators) {}
