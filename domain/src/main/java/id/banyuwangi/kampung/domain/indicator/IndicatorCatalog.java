package id.banyuwangi.kampung.domain.indicator;

import id.banyuwangi.kampung.domain.period.PeriodKind;
import id.banyuwangi.kampung.domain.reference.ReferenceData;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The one declarative list of indicators ({@code catalog/indicators.csv}). */
public final class IndicatorCatalog {
  private static final String RESOURCE = "/id/banyuwangi/kampung/catalog/indicators.csv";

  private final Map<String, Indicator> byCode;

  private IndicatorCatalog(Map<String, Indicator> byCode) {
    this.byCode = byCode;
  }

  private static final class Holder {
    private static final IndicatorCatalog CATALOG = load();
  }

  public static IndicatorCatalog standard() {
    return Holder.CATALOG;
  }

  private static IndicatorCatalog load() {
    Map<String, Indicator> indicators = new LinkedHashMap<>();
    try (InputStream in = IndicatorCatalog.class.getResourceAsStream(RESOURCE);
        CSVParser parser = ReferenceData.headerCsv()
            .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (CSVRecord r : parser) {
        Indicator indicator = parse(r);
        indicators.put(indicator.code(), indicator);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the indicator catalog", e);
    }
    return new IndicatorCatalog(java.util.Collections.unmodifiableMap(indicators));
  }

  private static Indicator parse(CSVRecord r) {
    return new Indicator(
        r.get("code"), r.get("name_id"), r.get("name_en"), r.get("unit"), r.get("area"),
        r.get("definition"), Direction.valueOf(r.get("direction")), r.get("numerator"),
        r.get("denominator"), Double.parseDouble(r.get("scale")), Rollup.valueOf(r.get("rollup")),
        Arrays.stream(r.get("periods").split("\\|")).map(PeriodKind::valueOf).toList(),
        List.of(r.get("disaggregations").split("\\|")), r.get("small_cell_unit"), r.get("model"));
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
}
