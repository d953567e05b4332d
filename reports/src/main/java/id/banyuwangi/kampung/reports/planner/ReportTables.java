package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.domain.indicator.Direction;
import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.indicator.Measure;
import id.banyuwangi.kampung.read.BuildInfo;
import id.banyuwangi.kampung.domain.period.PeriodKind;
import id.banyuwangi.kampung.reports.ChartRenderer;
import id.banyuwangi.kampung.reports.Units;
import id.banyuwangi.kampung.reports.planner.ReportTable.Column;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tables of a planner report, built once for both writers: per chapter the indicators of the
 * area and the values of its child areas; the report and build facts; the Delta versions read; the
 * indicator definitions from the catalog.
 */
final class ReportTables {
  static final String NO_DATA = "tidak ada data";
  /** The first header of a child-area table (the Excel tests find the table by it). */
  static final String CHILD_CODE_HEADER = "Kode wilayah";

  private ReportTables() {}

  /** The area's figure of each indicator of the chapter, with unit, direction and the counts behind it. */
  static ReportTable indicators(PlannerReport report, SectionFigures section) {
    List<List<Cell>> rows = new ArrayList<>();
    for (IndicatorFigures f : section.indicators()) {
      Indicator ind = f.indicator();
      Figure own = f.area();
      rows.add(List.of(Cell.text(ind.code()), Cell.text(ind.nameId()), Cell.text(Units.label(ind)),
          Cell.text(f.period()), value(ind, own), Cell.text(directionHint(ind.direction())),
          Cell.amount(own, own.numerator()), Cell.amount(own, own.denominator()), Cell.text(note(own))));
    }
    return new ReportTable(section.section().title() + ": " + report.area().title(), List.of(
        new Column("Kode", 28), new Column("Indikator", 30), new Column("Satuan", 10), new Column("Periode", 10),
        new Column("Nilai", 16), new Column("Arah", 23), new Column("Pembilang", 12), new Column("Penyebut", 12),
        new Column("Keterangan", 17)), rows);
  }

  /** One row per child area, one column per indicator of the chapter; empty for a village report. */
  static ReportTable children(PlannerReport report, SectionFigures section) {
    List<Column> columns = new ArrayList<>(List.of(new Column(CHILD_CODE_HEADER, 12), new Column("Wilayah", 22)));
    section.indicators().forEach(f -> columns.add(new Column(header(f.indicator()), 14)));
    List<List<Cell>> rows = new ArrayList<>();
    for (int i = 0; i < report.children().size(); i++) {
      ReportArea child = report.children().get(i);
      List<Cell> row = new ArrayList<>(List.of(Cell.text(child.code()), Cell.text(child.name())));
      for (IndicatorFigures f : section.indicators()) {
        row.add(value(f.indicator(), f.children().get(i)));
      }
      rows.add(row);
    }
    return new ReportTable(section.section().title() + ": nilai per " + childLevel(report), columns, rows);
  }

  /** What the report covers and how its periods and small cells are handled. */
  static ReportTable facts(PlannerReport report) {
    return keyValues("Laporan", List.of(
        List.of("Wilayah", report.area().title()),
        List.of("Tingkat", report.area().level().nameId()),
        List.of("Tahun", Integer.toString(report.spec().year())),
        List.of("Tahun ajaran", report.schoolYear() == null ? NO_DATA : report.schoolYear()),
        List.of("Aturan periode", ReportPeriods.RULE),
        List.of("Sel kecil", "Nilai dengan penyebut (atau jumlah) kurang dari " + report.catalog().minCell()
            + " orang/permohonan tidak ditampilkan: tertulis \"" + ChartRenderer.SUPPRESSED_SHORT + "\"."),
        List.of("Sumber data", "public_indicator_value (gudang data DuckDB), tanpa data perorangan")));
  }

  /** The build the figures were read from ({@code _build_info}). */
  static ReportTable build(BuildInfo build) {
    return keyValues("Build gudang data", build.info().entrySet().stream()
        .map(e -> List.of(e.getKey(), e.getValue())).toList());
  }

  /** The Delta table versions the build read ({@code _build_sources}). */
  static ReportTable sources(BuildInfo build) {
    List<List<Cell>> rows = build.sources().stream().map(s -> List.of(Cell.text(s.table()),
        s.deltaVersion() == null ? Cell.text("tidak ada di lake") : Cell.amount(s.deltaVersion()),
        Cell.amount(s.fileCount()), Cell.amount(s.rowCount()))).toList();
    return new ReportTable("Versi tabel Delta yang dibaca", List.of(new Column("Tabel", 28),
        new Column("Versi Delta", 12), new Column("Berkas", 10), new Column("Baris", 12)), rows);
  }

  /** A measure in words (its catalog description); empty for none. */
  private static String describe(IndicatorCatalog catalog, String measure) {
    return catalog.measure(measure).map(Measure::description).orElse("");
  }

  /** The catalog's definition of every indicator a report of {@code year} shows. */
  static ReportTable definitions(IndicatorCatalog catalog, int year) {
    List<List<Cell>> rows = new ArrayList<>();
    for (ReportSection section : ReportSection.values()) {
      for (Indicator ind : section.indicators(catalog, year)) {
        rows.add(List.of(Cell.text(ind.code()), Cell.text(ind.nameId()), Cell.text(ind.nameEn()),
            Cell.text(Units.label(ind)), Cell.text(directionHint(ind.direction())), Cell.text(ind.definition()),
            Cell.text(describe(catalog, ind.numerator().isEmpty() ? ind.statistic() : ind.numerator())),
            Cell.text(describe(catalog, ind.denominator())),
            Cell.text(ind.periods().stream().map(PeriodKind::name).collect(Collectors.joining(", ")))));
      }
    }
    return new ReportTable("Lampiran: definisi indikator", List.of(new Column("Kode", 31),
        new Column("Indikator", 20), new Column("Nama (English)", 18), new Column("Satuan", 7),
        new Column("Arah", 13), new Column("Definisi", 44), new Column("Pembilang", 17),
        new Column("Penyebut", 17), new Column("Periode terbit", 16)), rows);
  }

  /** "Kepatuhan Standar Waktu Layanan (%)". */
  static String header(Indicator ind) {
    return ind.nameId() + " (" + Units.label(ind) + ")";
  }

  static String childLevel(PlannerReport report) {
    return report.area().level().child() == null ? "" : report.area().level().child().nameId().toLowerCase();
  }

  static String directionHint(Direction direction) {
    return switch (direction) {
      case HIGHER_IS_BETTER -> "makin tinggi makin baik";
      case LOWER_IS_BETTER -> "makin rendah makin baik";
      case NEUTRAL -> "netral";
    };
  }

  /** The figure's value cell: a number, suppressed, missing, or the bands of a categorical indicator. */
  static Cell value(Indicator ind, Figure figure) {
    if (figure.categorical()) {
      return Cell.text(bands(figure));
    }
    if (figure.suppressed()) {
      return Cell.SUPPRESSED;
    }
    return figure.value() == null ? Cell.MISSING : new Cell.Value(figure.value(), ind);
  }

  /** "Maju" for a village; "Mandiri: 2, Maju: 7" above it. */
  private static String bands(Figure figure) {
    NumberFormat count = NumberFormat.getIntegerInstance(Units.INDONESIAN);
    return figure.bands().stream()
        .map(b -> ChartRenderer.categoryLabel(b.category()) + (b.count() == null ? "" : ": " + count.format(b.count())))
        .collect(Collectors.joining(", "));
  }

  private static String note(Figure figure) {
    if (figure.suppressed()) {
      return "secondary".equals(figure.suppression()) ? ChartRenderer.SUPPRESSED_SECONDARY_LABEL
          : ChartRenderer.SUPPRESSED_LABEL;
    }
    return figure.missing() ? NO_DATA : "";
  }

  private static ReportTable keyValues(String title, List<List<String>> pairs) {
    return new ReportTable(title, List.of(new Column("", 18), new Column("", 80)), pairs.stream()
        .map(p -> p.stream().map(Cell::text).toList()).toList());
  }
}
