package id.banyuwangi.kampung.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import id.banyuwangi.kampung.read.DataQuality;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code GET /api/v1/quality[?area=CODE][&month=yyyy-MM]}: the data-quality tab from the lake's own
 * records ({@link DataQuality}): for the month (by default the latest), the villages under the area
 * and what each source delivered of that month with its delay to ingestion, and every source's
 * quarantine and duplicate rates and quarantine by reason. {@code latest_record_date} is how far
 * the data reaches (the dashboard's "data up to" banner). Counts only, never a record.
 */
final class QualityController implements AnswerSource<QualityController.Query> {
  record Query(String area, String month) {}

  record Village(String code, String name, String kecamatan) {}

  record DeliveryJson(String source, String village, long records, long files,
      @JsonProperty("last_record_date") String lastRecordDate,
      @JsonProperty("median_delay_days") Double medianDelayDays,
      @JsonProperty("max_delay_days") Long maxDelayDays) {
    static DeliveryJson of(DataQuality.Delivery d) {
      return new DeliveryJson(d.source(), d.villageCode(), d.records(), d.files(), d.lastRecordDate().toString(),
          d.medianDelayDays(), d.maxDelayDays());
    }
  }

  record IngestJson(String source, long runs, @JsonProperty("lines_read") long linesRead, long accepted,
      long quarantined, long duplicates, @JsonProperty("quarantine_rate") Double quarantineRate,
      @JsonProperty("duplicate_rate") Double duplicateRate) {
    static IngestJson of(DataQuality.Ingest i) {
      return new IngestJson(i.source(), i.runs(), i.linesRead(), i.accepted(), i.quarantined(), i.duplicates(),
          i.quarantineRate(), i.duplicateRate());
    }
  }

  record QuarantineJson(String source, String reason, long records, Double rate) {
    static QuarantineJson of(DataQuality.Quarantine r) {
      return new QuarantineJson(r.source(), r.reasonCode(), r.records(), r.rate());
    }
  }

  record Body(
      List<String> months,
      String month,
      @JsonProperty("latest_record_date") String latestRecordDate,
      List<Village> villages,
      List<DeliveryJson> delivery,
      List<IngestJson> ingest,
      List<QuarantineJson> quarantine) {}

  private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

  @Override
  public Query query(Params params, WarehouseBuild build) {
    String raw = params.query("area");
    Area area = AreaParam.parse(raw == null || raw.isEmpty() ? RegionHierarchy.REGENCY_CODE : raw);
    String month = params.query("month");
    if (month != null && !month.isEmpty() && !MONTH.matcher(month).matches()) {
      throw new BadRequest("malformed month: use yyyy-MM such as 2024-04");
    }
    return new Query(area.code(), month == null || month.isEmpty() ? null : month);
  }

  @Override
  public Answer answer(WarehouseBuild build, Query q) {
    List<Village> villages = RegionHierarchy.banyuwangi().villages().stream()
        .filter(v -> v.code().startsWith(q.area()))
        .map(v -> new Village(v.code(), AreaParam.displayName(v), v.parentCode())).toList();
    try (BuildConnections.Pooled c = build.connection()) {
      DataQuality quality = new DataQuality(c.connection());
      List<String> months = quality.months();
      String month = q.month() != null ? q.month() : months.isEmpty() ? null : months.get(0);
      String latest = quality.latestRecordDate().map(LocalDate::toString).orElse(null);
      if (month == null) {
        return Answer.json(new Body(months, null, latest, villages, List.of(), List.of(), List.of()));
      }
      List<DeliveryJson> delivery = quality.delivery(month).stream()
          .filter(d -> d.villageCode().startsWith(q.area())).map(DeliveryJson::of).toList();
      return Answer.json(new Body(months, month, latest, villages, delivery,
          quality.ingest(month).stream().map(IngestJson::of).toList(),
          quality.quarantine(month).stream().map(QuarantineJson::of).toList()));
    }
  }
}
