package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.domain.indicator.Direction;
import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.indicator.Measure;
import id.banyuwangi.kampung.domain.indicator.Targets.Target;
import id.banyuwangi.kampung.domain.period.PeriodKind;
import id.banyuwangi.kampung.read.BuildInfo;
import id.banyuwangi.kampung.reports.ChartRenderer;
import id.banyuwangi.kampung.reports.Lang;
import id.banyuwangi.kampung.reports.Units;
import id.banyuwangi.kampung.reports.planner.ReportTable.Column;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tables of a planner report in the report's language: the headline figures, per chapter the
 * area's indicators, its child areas (this year, last year, change) and, for Excel, every figure
 * in one filterable list; the report facts; the build and the Delta versions read; the targets
 * and the indicator definitions.
 */
final class ReportTables {
  /** How many indicators share one child-area table of the PDF (three columns each). */
  static final int INDICATORS_PER_AREA_TABLE = 3;

  private ReportTables() {}

  /** Page 1: the headline indicators with last year, the change and the target. */
  static ReportTable headlines(PlannerReport report, List<IndicatorFigures> headlines) {
    Lang lang = report.spec().lang();
    List<List<Cell>> rows = new ArrayList<>();
    for (IndicatorFigures f : headlines) {
      Indicator ind = f.indicator();
      rows.add(List.of(Cell.text(lang.name(ind)), Cell.text(f.period()), value(ind, f.area().current(), lang),
          value(ind, f.area().previous(), lang), Cell.change(f.area().change(), ind), target(f, lang),
          Cell.text(status(f, lang))));
    }
    return new ReportTable(lang.text("brief.headlines", report.area().title(lang)), List.of(
        new Column(lang.text("col.indicator"), 26), new Column(lang.text("col.period"), 8),
        new Column(lang.text("col.value"), 10), new Column(lang.text("col.previous"), 10),
        new Column(lang.text("col.change"), 9), new Column(lang.text("col.target"), 9),
        new Column(lang.text("col.status"), 10)), rows);
  }

  /** The area's figure of each indicator of the chapter, with last year's, the change and the target. */
  static ReportTable own(PlannerReport report, SectionFigures section) {
    Lang lang = report.spec().lang();
    List<List<Cell>> rows = new ArrayList<>();
    for (IndicatorFigures f : section.indicators()) {
      Indicator ind = f.indicator();
      rows.add(List.of(Cell.text(lang.name(ind)), Cell.text(Units.label(ind, lang)), Cell.text(f.period()),
          value(ind, f.area().current(), lang), value(ind, f.area().previous(), lang), Cell.change(f.area().change(), ind),
          target(f, lang), Cell.text(directionHint(ind.direction(), lang)), Cell.text(note(f.area().current(), lang))));
    }
    return new ReportTable(lang.text("section.own", section.section().title(lang), report.area().title(lang)), List.of(
        new Column(lang.text("col.indicator"), 26), new Column(lang.text("col.unit"), 7),
        new Column(lang.text("col.period"), 8), new Column(lang.text("col.value"), 10),
        new Column(lang.text("col.previous"), 10), new Column(lang.text("col.change"), 9),
        new Column(lang.text("col.target"), 9), new Column(lang.text("col.direction"), 14),
        new Column(lang.text("col.note"), 16)), rows);
  }

  /**
   * The child areas' figures (this year, last year, change) of the chapter's indicators, a table
   * per {@link #INDICATORS_PER_AREA_TABLE} indicators; none for a village report.
   */
  static List<ReportTable> children(PlannerReport report, SectionFigures section) {
    Lang lang = report.spec().lang();
    List<ReportTable> tables = new ArrayList<>();
    if (report.children().isEmpty()) {
      return tables;
    }
    List<IndicatorFigures> all = section.indicators();
    for (int from = 0; from < all.size(); from += INDICATORS_PER_AREA_TABLE) {
      List<IndicatorFigures> group = all.subList(from, Math.min(all.size(), from + INDICATORS_PER_AREA_TABLE));
      List<Column> columns = new ArrayList<>(List.of(new Column(lang.text("col.area"), 18)));
      for (IndicatorFigures f : group) {
        String header = header(f.indicator(), lang);
        columns.add(new Column(f.period() == null ? "" : f.period(), 9, header));
        columns.add(new Column(f.previousPeriod() == null ? "" : f.previousPeriod(), 9, header));
        columns.add(new Column(lang.text("col.change"), 8, header));
      }
      List<List<Cell>> rows = new ArrayList<>();
      for (int i = 0; i < report.children().size(); i++) {
        List<Cell> row = new ArrayList<>(List.of(Cell.text(report.children().get(i).name())));
        for (IndicatorFigures f : group) {
          YearOnYear child = f.children().get(i);
          row.add(value(f.indicator(), child.current(), lang));
          row.add(value(f.indicator(), child.previous(), lang));
          row.add(Cell.change(child.change(), f.indicator()));
        }
        rows.add(row);
      }
      int parts = (all.size() + INDICATORS_PER_AREA_TABLE - 1) / INDICATORS_PER_AREA_TABLE;
      String part = parts == 1 ? "" : " (" + (from / INDICATORS_PER_AREA_TABLE + 1) + "/" + parts + ")";
      tables.add(new ReportTable(lang.text("section.areas", childLevel(report, lang), section.section().title(lang)) + part,
          columns, rows));
    }
    return tables;
  }

  /** The first header of every Excel list (the tests find the list by it). */
  static String areaCodeHeader(Lang lang) {
    return lang.text("col.areaCode");
  }

  /**
   * Every figure of the chapter in one list for Excel, one row per indicator and area (the report's
   * area first, then its child areas): code, names, unit, periods, value, last year's, change,
   * target, numerator, denominator and a note. Filtered and sorted in Excel as it is.
   */
  static ReportTable list(PlannerReport report, SectionFigures section) {
    Lang lang = report.spec().lang();
    List<List<Cell>> rows = new ArrayList<>();
    for (IndicatorFigures f : section.indicators()) {
      List<YearOnYear> areas = new ArrayList<>(List.of(f.area()));
      areas.addAll(f.children());
      for (YearOnYear a : areas) {
        Indicator ind = f.indicator();
        Figure now = a.current();
        rows.add(List.of(Cell.text(a.area().code()), Cell.text(a.area().name()), Cell.text(lang.level(a.area().level())),
            Cell.text(ind.code()), Cell.text(lang.name(ind)), Cell.text(Units.label(ind, lang)), Cell.text(f.period()),
            value(ind, now, lang), Cell.text(f.previousPeriod()), value(ind, a.previous(), lang), Cell.change(a.change(), ind),
            target(f, lang), Cell.amount(now, now.numerator()), Cell.amount(now, now.denominator()),
            Cell.text(note(now, lang))));
      }
    }
    return new ReportTable(section.section().title(lang) + ": " + report.area().title(lang), List.of(
        new Column(areaCodeHeader(lang), 12), new Column(lang.text("col.area"), 22), new Column(lang.text("col.level"), 12),
        new Column(lang.text("col.code"), 24), new Column(lang.text("col.indicator"), 28),
        new Column(lang.text("col.unit"), 8), new Column(lang.text("col.period"), 10),
        new Column(lang.text("col.value"), 14), new Column(lang.text("col.previousPeriod"), 10),
        new Column(lang.text("col.previous"), 14), new Column(lang.text("col.change"), 11),
        new Column(lang.text("col.target"), 9), new Column(lang.text("col.numerator"), 12),
        new Column(lang.text("col.denominator"), 12), new Column(lang.text("col.note"), 30)), rows);
  }

  /** What the report covers and how its periods, changes and small cells are handled. */
  static ReportTable facts(PlannerReport report) {
    Lang lang = report.spec().lang();
    return keyValues(lang.text("facts.title"), List.of(
        List.of(lang.text("facts.area"), report.area().title(lang)),
        List.of(lang.text("facts.level"), lang.level(report.area().level())),
        List.of(lang.text("facts.year"), Integer.toString(report.spec().year())),
        List.of(lang.text("facts.schoolYear"), report.schoolYear() == null ? lang.text("noData") : report.schoolYear()),
        List.of(lang.text("facts.rule"), lang.text("facts.ruleText")),
        List.of(lang.text("facts.change"), lang.text("facts.changeText")),
        List.of(lang.text("facts.small"), lang.text("facts.smallText", Integer.toString(report.catalog().minCell()))),
        List.of(lang.text("facts.secondary"), lang.text("facts.secondaryText")),
        List.of(lang.text("facts.targets"), lang.text("facts.targetsText")),
        List.of(lang.text("facts.source"), lang.text("facts.sourceText"))));
  }

  /** The build the figures were read from ({@code _build_info}). */
  static ReportTable build(BuildInfo build, Lang lang) {
    return keyValues(lang.text("annex.lineage"), build.info().entrySet().stream()
        .map(e -> List.of(e.getKey(), e.getValue())).toList());
  }

  /** The Delta table versions the build read ({@code _build_sources}). */
  static ReportTable sources(BuildInfo build, Lang lang) {
    List<List<Cell>> rows = build.sources().stream().map(s -> List.of(Cell.text(s.table()),
        s.deltaVersion() == null ? Cell.text("-") : Cell.amount(s.deltaVersion()),
        Cell.amount(s.fileCount()), Cell.amount(s.rowCount()))).toList();
    return new ReportTable(lang.text("annex.sources"), List.of(new Column(lang.text("col.table"), 28),
        new Column(lang.text("col.deltaVersion"), 12), new Column(lang.text("col.files"), 10),
        new Column(lang.text("col.rows"), 12)), rows);
  }

  /** The targets the report compares with, and where each was published. */
  static ReportTable targets(PlannerReport report) {
    Lang lang = report.spec().lang();
    Set<Target> used = new LinkedHashSet<>();
    report.sections().forEach(s -> s.indicators().forEach(f -> f.target().ifPresent(used::add)));
    List<List<Cell>> rows = new ArrayList<>();
    for (Target t : used) {
      Indicator ind = report.catalog().find(t.indicatorCode()).orElseThrow();
      rows.add(List.of(Cell.text(lang.name(ind)), Cell.text(Integer.toString(t.year())),
          new Cell.Value(t.value(), ind), Cell.text(t.source())));
    }
    return new ReportTable(lang.text("annex.targets"), List.of(new Column(lang.text("col.indicator"), 22),
        new Column(lang.text("facts.year"), 6), new Column(lang.text("col.target"), 8),
        new Column(lang.text("col.targetSource"), 64)), rows);
  }

  /** A measure in words (its catalog description); empty for none. */
  private static String describe(IndicatorCatalog catalog, String measure) {
    return catalog.measure(measure).map(Measure::description).orElse("");
  }

  /**
   * The definitions as the brief prints them: code, name, unit, direction, definition and periods
   * (the numerator's and denominator's own descriptions, in the workbook, would make every row
   * several lines taller).
   */
  static ReportTable briefDefinitions(IndicatorCatalog catalog, int year, Lang lang) {
    return definitions(catalog, year, lang).only(0, 1, 3, 4, 5, 8);
  }

  /** The catalog's definition of every indicator a report of {@code year} shows. */
  static ReportTable definitions(IndicatorCatalog catalog, int year, Lang lang) {
    List<List<Cell>> rows = new ArrayList<>();
    for (ReportSection section : ReportSection.values()) {
      for (Indicator ind : section.indicators(catalog, year)) {
        rows.add(List.of(Cell.text(ind.code()), Cell.text(lang.name(ind)),
            Cell.text(lang == Lang.EN ? ind.nameId() : ind.nameEn()),
            Cell.text(Units.label(ind, lang)), Cell.text(directionHint(ind.direction(), lang)), Cell.text(ind.definition()),
            Cell.text(describe(catalog, ind.numerator().isEmpty() ? ind.statistic() : ind.numerator())),
            Cell.text(describe(catalog, ind.denominator())),
            Cell.text(ind.periods().stream().map(PeriodKind::name).collect(Collectors.joining(", ")))));
      }
    }
    return new ReportTable(lang.text("annex.definitions"), List.of(new Column(lang.text("col.code"), 30),
        new Column(lang.text("col.indicator"), 20), new Column(lang.text("col.nameEn"), 18),
        new Column(lang.text("col.unit"), 7), new Column(lang.text("col.direction"), 13),
        new Column(lang.text("col.definition"), 44), new Column(lang.text("col.numerator"), 17),
        new Column(lang.text("col.denominator"), 17), new Column(lang.text("col.periods"), 16)), rows);
  }

  /** "Kepatuhan Standar Waktu Layanan (%)". */
  static String header(Indicator ind, Lang lang) {
    return lang.name(ind) + " (" + Units.label(ind, lang) + ")";
  }

  /** "kecamatan" / "district": what the child areas are; empty for a village. */
  static String childLevel(PlannerReport report, Lang lang) {
    return report.area().level().child() == null ? "" : lang.level(report.area().level().child()).toLowerCase(lang.locale());
  }

  static String directionHint(Direction direction, Lang lang) {
    return lang.text("direction." + direction.name());
  }

  /** The figure's value cell: a number, suppressed, missing, or the bands of a categorical indicator. */
  static Cell value(Indicator ind, Figure figure, Lang lang) {
    if (figure.categorical()) {
      return Cell.text(bands(figure, lang));
    }
    if (figure.suppressed()) {
      return Cell.suppressed(figure);
    }
    return figure.value() == null ? Cell.MISSING : new Cell.Value(figure.value(), ind);
  }

  private static Cell target(IndicatorFigures f, Lang lang) {
    return f.target().<Cell>map(t -> new Cell.Value(t.value(), f.indicator())).orElse(Cell.MISSING);
  }

  /** Against the target where there is one ("tercapai"), else the direction of the change ("membaik"). */
  static String status(IndicatorFigures f, Lang lang) {
    if (f.meetsTarget().isPresent()) {
      return lang.text(f.meetsTarget().get() ? "status.met" : "status.notMet");
    }
    Double change = f.area().change();
    if (change == null || f.indicator().direction() == Direction.NEUTRAL) {
      return "";
    }
    if (Units.formatSignedChange(f.indicator(), change, lang).matches("[0.,]+")) {
      return lang.text("status.same");
    }
    boolean better = (change > 0) == (f.indicator().direction() == Direction.HIGHER_IS_BETTER);
    return lang.text(better ? "status.better" : "status.worse");
  }

  /** "Maju" for a village; "Mandiri: 2, Maju: 7" above it. */
  private static String bands(Figure figure, Lang lang) {
    NumberFormat count = NumberFormat.getIntegerInstance(lang.locale());
    return figure.bands().stream()
        .map(b -> ChartRenderer.categoryLabel(b.category(), lang) + (b.count() == null ? "" : ": " + count.format(b.count())))
        .collect(Collectors.joining(", "));
  }

  static String note(Figure figure, Lang lang) {
    if (figure.suppressed()) {
      return "secondary".equals(figure.suppression()) ? lang.text("suppressed.secondary")
          : lang.text("suppressed.primary");
    }
    return figure.missing() ? lang.text("noData") : "";
  }

  private static ReportTable keyValues(String title, List<List<String>> pairs) {
    return new ReportTable(title, List.of(new Column("", 18), new Column("", 80)), pairs.stream()
        .map(p -> p.stream().map(Cell::text).toList()).toList());
  }
}
