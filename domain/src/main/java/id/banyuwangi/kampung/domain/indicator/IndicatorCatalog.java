package id.banyuwangi.kampung.domain.indicator;

import id.banyuwangi.kampung.domain.period.PeriodKind;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/**
 * The catalog: every indicator ({@code catalog/indicators.csv}) over the named measures
 * ({@code catalog/measures.csv}) and breakdowns ({@code catalog/breakdowns.csv}). Checked whole when
 * loaded ({@link CatalogRules}): an indicator that names an unknown measure or breakdown, or whose
 * rollup does not fit its measures, fails the load with the indicator's code in the message.
 */
public final class IndicatorCatalog {
  private final Map<String, Indicator> byCode;
  private final Map<String, Measure> measures;
  private final Map<String, Breakdown> breakdowns;
  private final int minCell;

  IndicatorCatalog(Map<String, Indicator> byCode, Map<String, Measure> measures, Map<String, Breakdown> breakdowns,
      int minCell) {
    this.minCell = minCell;
    this.byCode = Collections.unmodifiableMap(new LinkedHashMap<>(byCode));
    this.measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
    this.breakdowns = Collections.unmodifiableMap(new LinkedHashMap<>(breakdowns));
    CatalogRules.check(this);
  }

  private static final class Holder {
    private static final IndicatorCatalog CATALOG = CatalogFiles.shipped().load();
  }

  /** The shipped catalog. */
  public static IndicatorCatalog standard() {
    return Holder.CATALOG;
  }

  /**
   * A catalog from a directory: its {@code indicators.csv}, and its {@code measures.csv},
   * {@code breakdowns.csv}, {@code breakdown_members.csv} and {@code disclosure.properties} where
   * present (else the shipped ones).
   * A planner's or a test's catalog: a new indicator over existing measures is one more row.
   */
  public static IndicatorCatalog load(Path directory) {
    return CatalogFiles.in(directory).load();
  }

  /** A catalog of the given parts (a published warehouse's), checked like a loaded one. */
  public static IndicatorCatalog of(List<Indicator> indicators, List<Measure> measures, List<Breakdown> breakdowns,
      int minCell) {
    Map<String, Indicator> i = new LinkedHashMap<>();
    indicators.forEach(x -> i.put(x.code(), x));
    Map<String, Measure> m = new LinkedHashMap<>();
    measures.forEach(x -> m.put(x.name(), x));
    Map<String, Breakdown> b = new LinkedHashMap<>();
    breakdowns.forEach(x -> b.put(x.code(), x));
    return new IndicatorCatalog(i, m, b, minCell);
  }

  static Indicator parseIndicator(CSVRecord r) {
    try {
      return new Indicator(
          r.get("code"), r.get("name_id"), r.get("name_en"), r.get("unit"), r.get("area"), r.get("definition"),
          Direction.valueOf(r.get("direction")), r.get("numerator"), r.get("denominator"), r.get("statistic"),
          r.get("cell_count"), r.get("small_cell_unit"), PeriodBoundary.parse(r.get("period_boundary")),
          Double.parseDouble(r.get("scale")), Integer.parseInt(r.get("decimals")), Rollup.valueOf(r.get("rollup")),
          Arrays.stream(r.get("periods").split("\\|")).map(PeriodKind::valueOf).toList(),
          List.of(r.get("disaggregations").split("\\|")), r.get("category"), r.get("framework"),
          YearRange.parse(r.get("valid_years")));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("indicator " + r.get("code") + " (catalog line " + r.getRecordNumber()
          + "): " + e.getMessage(), e);
    }
  }

  /**
   * The small-cell threshold ({@code disclosure.properties}): a cell counting fewer units than this
   * is hidden in every public output, and the cells that would give it away with it.
   */
  public int minCell() {
    return minCell;
  }

  public Optional<Indicator> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /** All indicators in catalog order. */
  public List<Indicator> all() {
    return List.copyOf(byCode.values());
  }

  public List<Indicator> ofDomain(String domain) {
    return byCode.values().stream().filter(i -> i.domain().equals(domain)).toList();
  }

  /** All measures in catalog order. */
  public List<Measure> measures() {
    return List.copyOf(measures.values());
  }

  public Optional<Measure> measure(String name) {
    return Optional.ofNullable(name == null ? null : measures.get(name));
  }

  /** All breakdowns in catalog order. */
  public List<Breakdown> breakdowns() {
    return List.copyOf(breakdowns.values());
  }

  public Optional<Breakdown> breakdown(String code) {
    return Optional.ofNullable(code == null ? null : breakdowns.get(code));
  }
}
