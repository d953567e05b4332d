package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.reports.Lang;
import java.util.List;

/**
 * The six chapters of a planner report and the catalog domains each holds, in catalog order.
 * "Pembangunan Desa" gathers the basic infrastructure indicators (water, sanitation, electricity)
 * and the IDM, as the village development ministry reports them together.
 */
public enum ReportSection {
  LAYANAN_PUBLIK("Layanan Publik", List.of("PUBLIC_SERVICE")),
  KEMISKINAN("Kemiskinan", List.of("POVERTY")),
  KESEHATAN("Kesehatan", List.of("HEALTH")),
  PENDIDIKAN("Pendidikan", List.of("EDUCATION")),
  EKONOMI("Ekonomi", List.of("ECONOMY")),
  PEMBANGUNAN_DESA("Pembangunan Desa", List.of("INFRASTRUCTURE", "DEVELOPMENT"));

  private final String title;
  private final List<String> domains;

  ReportSection(String title, List<String> domains) {
    this.title = title;
    this.domains = domains;
  }

  /** The Indonesian chapter title, also the Excel sheet name. */
  public String title() {
    return title;
  }

  /** The chapter title in {@code lang}, also the Excel sheet name. */
  public String title(Lang lang) {
    return lang.text("section." + name());
  }

  /** The catalog's indicators of this section, in catalog order. */
  public List<Indicator> indicators(IndicatorCatalog catalog) {
    return catalog.all().stream().filter(i -> domains.contains(i.domain())).toList();
  }

  /**
   * The indicators of this section a report of {@code year} shows: an index framework only in the
   * years it is reported for (the IDM up to 2023, the Indeks Desa from 2024), never both as one series.
   */
  public List<Indicator> indicators(IndicatorCatalog catalog, int year) {
    return indicators(catalog).stream().filter(i -> i.reportedIn(year)).toList();
  }
}
