package id.banyuwangi.kampung.read;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The data-quality views of a published warehouse ({@link PublicTables#QUALITY_DELIVERY},
 * {@link PublicTables#QUALITY_INGEST}, {@link PublicTables#QUALITY_QUARANTINE}): counts from the
 * lake's own records, never a record. A warehouse built before the views existed reads as empty.
 */
public final class DataQuality {
  /** One source's records of one village and month (of the day they are about), their files and delay to ingestion. */
  public record Delivery(String source, String villageCode, String month, long records, long files,
      LocalDate lastRecordDate, Double medianDelayDays, Long maxDelayDays) {}

  /** One source's ingestion in one month: lines read and the shares quarantined and duplicate (percent). */
  public record Ingest(String source, String month, long runs, long linesRead, long accepted, long quarantined,
      long duplicates, Double quarantineRate, Double duplicateRate) {}

  /** One source's quarantined records of one month and reason, and their share of the lines read (percent). */
  public record Quarantine(String source, String month, String reasonCode, long records, Double rate) {}

  private final DSLContext sql;
  private final boolean available;

  public DataQuality(Connection connection) {
    this.sql = DSL.using(connection, SQLDialect.DUCKDB);
    this.available = Reads.exists(sql, PublicTables.QUALITY_DELIVERY);
  }

  /** The months with a delivery or an ingestion, latest first. */
  public List<String> months() {
    if (!available) {
      return List.of();
    }
    TreeSet<String> months = new TreeSet<>(sql.fetch("SELECT DISTINCT month FROM " + PublicTables.QUALITY_DELIVERY)
        .getValues(0, String.class));
    months.addAll(sql.fetch("SELECT DISTINCT ingest_month FROM " + PublicTables.QUALITY_INGEST).getValues(0, String.class));
    return List.copyOf(months.descendingSet());
  }

  /** The latest day any stored record is about: how far the data reaches. */
  public Optional<LocalDate> latestRecordDate() {
    if (!available) {
      return Optional.empty();
    }
    return Optional.ofNullable(sql.fetchOne("SELECT max(last_record_date) FROM " + PublicTables.QUALITY_DELIVERY)
        .get(0, LocalDate.class));
  }

  /** Every source's deliveries of the month, by source and village. */
  public List<Delivery> delivery(String month) {
    if (!available) {
      return List.of();
    }
    return sql.fetch("SELECT source, village_code, month, records, files, last_record_date, median_delay_days::DOUBLE,"
        + " max_delay_days FROM " + PublicTables.QUALITY_DELIVERY + " WHERE month = ? ORDER BY source, village_code", month)
        .map(r -> new Delivery(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class), Reads.count(r, 3),
            Reads.count(r, 4), r.get(5, LocalDate.class), r.get(6, Double.class), r.get(7, Long.class)));
  }

  /** Every source's ingestion in the month, by source. */
  public List<Ingest> ingest(String month) {
    if (!available) {
      return List.of();
    }
    return sql.fetch("SELECT source, ingest_month, runs, lines_read, accepted, quarantined, duplicates, quarantine_rate,"
        + " duplicate_rate FROM " + PublicTables.QUALITY_INGEST + " WHERE ingest_month = ? ORDER BY source", month)
        .map(r -> new Ingest(r.get(0, String.class), r.get(1, String.class), Reads.count(r, 2), Reads.count(r, 3), Reads.count(r, 4),
            Reads.count(r, 5), Reads.count(r, 6), r.get(7, Double.class), r.get(8, Double.class)));
  }

  /** Every source's quarantine in the month by reason, the most frequent first. */
  public List<Quarantine> quarantine(String month) {
    if (!available) {
      return List.of();
    }
    return sql.fetch("SELECT source, ingest_month, reason_code, records, rate FROM " + PublicTables.QUALITY_QUARANTINE
        + " WHERE ingest_month = ? ORDER BY source, records DESC, reason_code", month)
        .map(r -> new Quarantine(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class), Reads.count(r, 3),
            r.get(4, Double.class)));
  }
}
