package id.banyuwangi.kampung.reports;

import static id.banyuwangi.kampung.reports.TestWarehouse.count;
import static id.banyuwangi.kampung.reports.TestWarehouse.row;

import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import id.banyuwangi.kampung.reports.TestWarehouse.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * Known public-service values: the regency in 2023, 2024 and each month of 2024; each of the 25
 * kecamatan in 2024 (the fourth kecamatan's rejection rate suppressed); the villages of the first
 * kecamatan in 2024 (the first village's self-service share suppressed).
 */
public final class SampleValues {
  public static final String REGENCY = RegionHierarchy.REGENCY_CODE;
  public static final List<Area> DISTRICTS = RegionHierarchy.banyuwangi().districts();
  public static final Area FIRST_DISTRICT = DISTRICTS.get(0);
  public static final Area SUPPRESSED_DISTRICT = DISTRICTS.get(3);
  public static final List<Area> FIRST_DISTRICT_VILLAGES =
      RegionHierarchy.banyuwangi().children(FIRST_DISTRICT.code());

  private SampleValues() {}

  public static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    rows.add(count("SERVICE_REQUESTS", REGENCY, "2024", 123456));
    rows.add(row("SELF_SERVICE_SHARE", REGENCY, "2024", 50950, 123456, 41.27));
    rows.add(row("SLA_COMPLIANCE", REGENCY, "2024", 87040, 100000, 87.04));
    rows.add(row("MEDIAN_TURNAROUND_HOURS", REGENCY, "2024", 0, 100000, 36.5));
    rows.add(row("REJECTION_RATE", REGENCY, "2024", 5976, 120000, 4.98));
    rows.add(count("SERVICE_REQUESTS", REGENCY, "2023", 99999));
    rows.add(row("SELF_SERVICE_SHARE", REGENCY, "2023", 30000, 99999, 30.0));
    for (int m = 1; m <= 12; m++) {
      String month = String.format("2024-%02d", m);
      rows.add(count("SERVICE_REQUESTS", REGENCY, month, 10000 + 100 * m));
      rows.add(row("SELF_SERVICE_SHARE", REGENCY, month, 3000 + 50 * m, 10000 + 100 * m,
          100.0 * (3000 + 50 * m) / (10000 + 100 * m)));
    }
    for (int i = 0; i < DISTRICTS.size(); i++) {
      String area = DISTRICTS.get(i).code();
      rows.add(count("SERVICE_REQUESTS", area, "2024", 1000 + 37 * i));
      rows.add(row("SELF_SERVICE_SHARE", area, "2024", 200 + 10 * i, 1000 + 37 * i, selfService(i)));
      rows.add(row("SLA_COMPLIANCE", area, "2024", 400 + i, 500 + i, 100.0 * (400 + i) / (500 + i)));
      rows.add(row("MEDIAN_TURNAROUND_HOURS", area, "2024", 0, 500 + i, 24 + 0.5 * i));
      rows.add(area.equals(SUPPRESSED_DISTRICT.code())
          ? new Row("REJECTION_RATE", area, "2024", 1.0, 4.0, 25.0, 4)
          : row("REJECTION_RATE", area, "2024", 30 + i, 600 + 2 * i, 100.0 * (30 + i) / (600 + 2 * i)));
    }
    for (int v = 0; v < FIRST_DISTRICT_VILLAGES.size(); v++) {
      String area = FIRST_DISTRICT_VILLAGES.get(v).code();
      rows.add(v == 0
          ? new Row("SELF_SERVICE_SHARE", area, "2024", 1.0, 3.0, 33.3, 3)
          : row("SELF_SERVICE_SHARE", area, "2024", 10 + v, 50 + v, 100.0 * (10 + v) / (50 + v)));
    }
    return rows;
  }

  /** The 2024 self-service share of the i-th kecamatan. */
  public static double selfService(int i) {
    return 100.0 * (200 + 10 * i) / (1000 + 37 * i);
  }
}
