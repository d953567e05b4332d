package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.domain.indicator.Breakdown;
import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.period.PeriodKind;
import id.banyuwangi.kampung.read.Cell;
import id.banyuwangi.kampung.read.CellFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The SDMX data structure of a build (agency {@value #AGENCY}, data structure {@value #DSD},
 * dataflow {@value #DATAFLOW}, version {@value #VERSION}), derived from the build's catalog so that
 * a new breakdown is a new dimension: {@code FREQ}, {@code REF_AREA}, {@code INDICATOR}, then one
 * dimension per catalog breakdown in catalog order ({@code SEX}, {@code SERVICE}, {@code CHANNEL},
 * {@code DIMENSION}, and the status bands {@code IDM_STATUS}, {@code INDEKS_DESA_STATUS}), whose
 * value is {@code _T} for a cell not broken down by it; then {@code TIME_PERIOD}. Observation
 * attributes: {@code OBS_STATUS} (A normal, Q suppressed), {@code CONF_STATUS} (F free, A primary
 * and D secondary confidentiality), {@code UNIT_MEASURE}, {@code UNIT_MULT} (0: values are in
 * their unit), {@code DECIMALS}.
 */
final class SdmxStructure {
  static final String AGENCY = "ID_BWI";
  static final String DATAFLOW = "DF_KAMPUNG";
  static final String DSD = "DSD_KAMPUNG";
  static final String VERSION = "1.0";
  static final String TIME_PERIOD = "TIME_PERIOD";
  static final List<String> ATTRIBUTES = List.of("OBS_STATUS", "CONF_STATUS", "UNIT_MEASURE", "UNIT_MULT", "DECIMALS");

  /**
   * One dimension of the key.
   *
   * @param breakdown the catalog breakdown it stands for; null for FREQ, REF_AREA and INDICATOR
   * @param band whether its members are the categories of band indicators (IDM_STATUS)
   */
  record Dimension(String id, String nameEn, String codelist, String breakdown, boolean band) {}

  /** The frequency codes: M, Q, A for calendar periods; AS a household survey year, AY a school year (from 1 July). */
  static final Map<PeriodKind, String> FREQ = Map.of(PeriodKind.MONTH, "M", PeriodKind.QUARTER, "Q",
      PeriodKind.YEAR, "A", PeriodKind.SURVEY_YEAR, "AS", PeriodKind.SCHOOL_YEAR, "AY");
  static final Map<String, String> FREQ_NAMES = Map.of("M", "Monthly", "Q", "Quarterly", "A", "Annual (calendar year)",
      "AS", "Annual (household survey year)", "AY", "Annual (school year, from 1 July)");

  private final IndicatorCatalog catalog;
  private final List<Dimension> dimensions;

  private SdmxStructure(IndicatorCatalog catalog, List<Dimension> dimensions) {
    this.catalog = catalog;
    this.dimensions = List.copyOf(dimensions);
  }

  static SdmxStructure of(IndicatorCatalog catalog) {
    List<Dimension> dims = new ArrayList<>();
    dims.add(new Dimension("FREQ", "Frequency", "CL_FREQ", null, false));
    dims.add(new Dimension("REF_AREA", "Reference area (Kemendagri code)", "CL_AREA", null, false));
    dims.add(new Dimension("INDICATOR", "Indicator", "CL_INDICATOR", null, false));
    for (Breakdown b : catalog.breakdowns()) {
      boolean band = catalog.all().stream().anyMatch(i -> i.categoryBreakdown().filter(b.code()::equals).isPresent());
      String id = dimensionId(b.code());
      dims.add(new Dimension(id, b.nameEn(), "CL_" + id, b.code(), band));
    }
    return new SdmxStructure(catalog, dims);
  }

  static String dimensionId(String breakdown) {
    return breakdown.toUpperCase(Locale.ROOT);
  }

  /** The key dimensions in order (without TIME_PERIOD). */
  List<Dimension> dimensions() {
    return dimensions;
  }

  IndicatorCatalog catalog() {
    return catalog;
  }

  Optional<Dimension> dimension(String id) {
    return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  static String structureId() {
    return AGENCY + ":" + DATAFLOW + "(" + VERSION + ")";
  }

  static String dsdUrn() {
    return "urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=" + AGENCY + ":" + DSD + "(" + VERSION + ")";
  }

  static String dataflowUrn() {
    return "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=" + structureId();
  }

  static String codelistUrn(String id) {
    return "urn:sdmx:org.sdmx.infomodel.codelist.Codelist=" + AGENCY + ":" + id + "(" + VERSION + ")";
  }

  /** The cell's value of each key dimension, in order. */
  List<String> key(Cell c) {
    Indicator indicator = catalog.find(c.indicatorCode()).orElse(null);
    String band = indicator == null ? null : indicator.categoryBreakdown().orElse(null);
    List<String> key = new ArrayList<>(dimensions.size());
    for (Dimension d : dimensions) {
      key.add(switch (d.id()) {
        case "FREQ" -> FREQ.get(PeriodKind.valueOf(c.periodKind()));
        case "REF_AREA" -> c.areaCode();
        case "INDICATOR" -> c.indicatorCode();
        default -> {
          if (d.breakdown().equals(c.breakdown())) {
            yield c.member();
          }
          yield d.breakdown().equals(band) && c.category() != null ? c.category() : CellFilter.TOTAL;
        }
      });
    }
    return key;
  }

  /** TIME_PERIOD: 2024, 2024-Q1, 2024-03; a school year as the SDMX time range {@code 2024-07-01/P1Y}. */
  static String timePeriod(Cell c) {
    return PeriodKind.valueOf(c.periodKind()) == PeriodKind.SCHOOL_YEAR ? c.periodStart() + "/P1Y" : c.period();
  }

  /** The observation's value as written: Java's shortest repeatable form (as the JSON answer writes it), empty when null. */
  static String obsValue(Cell c) {
    return c.value() == null ? "" : Double.toString(c.value());
  }

  /** The attribute values of an observation, in {@link #ATTRIBUTES} order. */
  List<String> attributes(Cell c) {
    Indicator indicator = catalog.find(c.indicatorCode()).orElse(null);
    String obsStatus = c.value() == null && c.suppressed() ? "Q" : "A";
    String confStatus = c.suppression() == null ? "F" : c.suppression().equals("secondary") ? "D" : "A";
    return List.of(obsStatus, confStatus, indicator == null ? "" : unitCode(indicator.unit()), "0",
        indicator == null ? "" : Integer.toString(indicator.decimals()));
  }

  static String unitCode(String unit) {
    return unit.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
  }
}
