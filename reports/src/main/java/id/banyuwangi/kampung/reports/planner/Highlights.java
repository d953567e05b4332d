package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.domain.indicator.Direction;
import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.Rollup;
import id.banyuwangi.kampung.reports.Lang;
import id.banyuwangi.kampung.reports.Units;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The first page's sentences, generated from the figures: per chapter its headline indicators
 * (those with a target first, then in catalog order; never a neutral or a categorical one), each
 * with its value, the change against last year and whether that is better or worse by the
 * indicator's direction, the target, and for the first one the best and the worst three child
 * areas. A hidden value is never cited, ranked or differenced; the sentence says it is hidden.
 */
final class Highlights {
  /** Headline indicators per chapter. */
  static final int PER_SECTION = 2;
  /** Best and worst areas named per headline. */
  static final int RANKED = 3;

  /** One chapter's sentences. */
  record Highlight(ReportSection section, List<String> sentences) {}

  private Highlights() {}

  static List<Highlight> of(PlannerReport report) {
    List<Highlight> highlights = new ArrayList<>();
    for (SectionFigures section : report.sections()) {
      List<IndicatorFigures> headlines = headlines(section);
      List<String> sentences = new ArrayList<>();
      for (int i = 0; i < headlines.size(); i++) {
        sentences.add(sentence(report, headlines.get(i), i == 0));
      }
      if (!sentences.isEmpty()) {
        highlights.add(new Highlight(section.section(), sentences));
      }
    }
    return highlights;
  }

  /** The chapter's headline indicators: directed, not categorical, with a figure (shown or hidden) this year. */
  static List<IndicatorFigures> headlines(SectionFigures section) {
    return section.indicators().stream()
        .filter(f -> f.indicator().direction() != Direction.NEUTRAL && f.indicator().rollup() != Rollup.COUNT_BY_BAND)
        .filter(f -> !f.area().current().missing())
        .sorted(Comparator.comparing((IndicatorFigures f) -> f.target().isEmpty()))
        .limit(PER_SECTION)
        .toList();
  }

  /** The headline indicators of every chapter, in chapter order. */
  static List<IndicatorFigures> headlines(PlannerReport report) {
    return report.sections().stream().flatMap(s -> headlines(s).stream()).toList();
  }

  static String sentence(PlannerReport report, IndicatorFigures f, boolean ranked) {
    Lang lang = report.spec().lang();
    Indicator ind = f.indicator();
    Figure now = f.area().current();
    String name = lang.name(ind);
    if (!now.shown()) {
      return lang.text("s.hidden", name, f.period());
    }
    StringBuilder text = new StringBuilder(change(lang, f));
    if (f.meetsTarget().isPresent()) {
      double goal = f.target().get().value();
      text.append(lang.text("s.target", Integer.toString(f.target().get().year()), Units.format(ind, goal, lang),
          lang.text(f.meetsTarget().get() ? "status.met" : "status.notMet"), gap(lang, ind, now.value() - goal)));
    }
    if (ranked) {
      text.append(ranking(report, f));
    }
    return text.toString();
  }

  private static String change(Lang lang, IndicatorFigures f) {
    Indicator ind = f.indicator();
    String name = lang.name(ind);
    String value = Units.format(ind, f.area().current().value(), lang);
    Double change = f.area().change();
    if (change == null) {
      return lang.text("s.value", name, value, f.period());
    }
    String previous = Units.format(ind, f.area().previous().value(), lang);
    String status = ReportTables.status(withoutTarget(f), lang);
    if (status.equals(lang.text("status.same"))) {
      return lang.text("s.flat", name, value, f.period(), "", f.previousPeriod(), "", previous);
    }
    return lang.text(change > 0 ? "s.up" : "s.down", name, value, f.period(), Units.formatChange(ind, change, lang),
        f.previousPeriod(), status, previous);
  }

  /** "4,61 poin di atas target", "0,96 poin di bawah target", "sama dengan target" (as shown, rounded). */
  private static String gap(Lang lang, Indicator ind, double gap) {
    if (Units.formatSignedChange(ind, gap, lang).matches("[0.,]+")) {
      return lang.text("target.equal");
    }
    return lang.text(gap > 0 ? "target.above" : "target.below", Units.formatChange(ind, gap, lang));
  }

  /** The figures without their target, so that {@link ReportTables#status} gives the direction of the change. */
  private static IndicatorFigures withoutTarget(IndicatorFigures f) {
    return new IndicatorFigures(f.indicator(), f.period(), f.previousPeriod(), f.area(), f.children(),
        java.util.Optional.empty());
  }

  /** " Terbaik (terendah): Kecamatan A (8,00%), B (9,10%) dan C (9,50%); terburuk (tertinggi): ...", or nothing. */
  private static String ranking(PlannerReport report, IndicatorFigures f) {
    Lang lang = report.spec().lang();
    Indicator ind = f.indicator();
    List<YearOnYear> shown = new ArrayList<>(f.shownChildren());
    StringBuilder text = new StringBuilder();
    if (shown.size() >= 2) {
      Comparator<YearOnYear> byValue = Comparator.comparing(c -> c.current().value());
      shown.sort(ind.direction() == Direction.LOWER_IS_BETTER ? byValue : byValue.reversed());
      int n = Math.min(RANKED, shown.size() / 2);
      List<YearOnYear> best = shown.subList(0, n);
      List<YearOnYear> worst = new ArrayList<>(shown.subList(shown.size() - n, shown.size()));
      java.util.Collections.reverse(worst);
      text.append(lang.text(ind.direction() == Direction.LOWER_IS_BETTER ? "s.bestLow" : "s.bestHigh",
          areas(lang, ind, best), areas(lang, ind, worst)));
    }
    long hidden = f.children().stream().filter(c -> c.current().suppressed()).count();
    if (hidden > 0) {
      text.append(lang.text("s.hiddenChildren", Long.toString(hidden), ReportTables.childLevel(report, lang)));
    }
    return text.toString();
  }

  /** "Kecamatan A (8,00%), B (9,10%) dan C (9,50%)": the level named once. */
  private static String areas(Lang lang, Indicator ind, List<YearOnYear> areas) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < areas.size(); i++) {
      ReportArea area = areas.get(i).area();
      pairs.add(lang.text("s.pair", i == 0 ? area.named(lang) : area.name(),
          Units.format(ind, areas.get(i).current().value(), lang)));
    }
    if (pairs.size() == 1) {
      return pairs.get(0);
    }
    return String.join(", ", pairs.subList(0, pairs.size() - 1)) + lang.text("s.and") + pairs.get(pairs.size() - 1);
  }
}
