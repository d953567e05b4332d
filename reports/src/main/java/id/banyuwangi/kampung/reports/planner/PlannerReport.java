package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.read.BuildInfo;
import java.util.List;

/**
 * A planner report, loaded: the area and its child areas (kecamatan of the regency, villages of a
 * kecamatan, none for a village), one {@link SectionFigures} per chapter with this year's and last
 * year's figures, the school year the school-year indicators were read for, and the build the
 * figures were read from. Written as PDF by {@link PdfReportWriter} and as Excel by
 * {@link ExcelReportWriter}; loaded by {@link ReportData}.
 *
 * @param schoolYear the school year read, e.g. {@code 2024/2025}; null when the warehouse has none
 *     up to the report year
 * @param catalog the catalog the warehouse was built with, whose definitions the report annexes
 */
public record PlannerReport(ReportSpec spec, ReportArea area, List<ReportArea> children, String schoolYear,
    List<SectionFigures> sections, BuildInfo build, IndicatorCatalog catalog) {}
