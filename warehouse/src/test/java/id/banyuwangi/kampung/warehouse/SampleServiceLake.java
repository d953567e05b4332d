package id.banyuwangi.kampung.warehouse;

import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import id.banyuwangi.kampung.warehouse.KioskEventRows.Request;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Service requests in every village of the regency, for the tests of what reads a published
 * warehouse (api, reports): a warehouse built by the real models from a lake of kiosk events. Each
 * village gets a deterministic number of 2024 requests (at 09:00 WIB, over every month), every
 * kecamatan's first village five more in June 2023. Two cells are small on purpose: the first
 * village of the first kecamatan has 3 requests in 2024, and the fourth kecamatan 4 in all. Tests
 * compute what they expect from {@link #requests()} with {@link #count}, not from SQL.
 */
public final class SampleServiceLake {
  public static final RegionHierarchy REGIONS = RegionHierarchy.banyuwangi();
  public static final List<Area> DISTRICTS = REGIONS.districts();
  public static final Area FIRST_DISTRICT = DISTRICTS.get(0);
  public static final Area SUPPRESSED_DISTRICT = DISTRICTS.get(3);
  public static final List<Area> FIRST_DISTRICT_VILLAGES = REGIONS.children(FIRST_DISTRICT.code());
  private static final String[] CHANNELS = {"KIOSK", "COUNTER", "ONLINE"};
  /** The first three services of the catalog (by code). */
  private static final String[] SERVICES = id.banyuwangi.kampung.domain.service.ServiceCatalog.standard().all().stream()
      .map(id.banyuwangi.kampung.domain.service.Service::code).sorted().limit(3).toArray(String[]::new);
  private static final ZoneOffset WIB = ZoneOffset.ofHours(7);
  private static final List<Request> REQUESTS = plan();

  private SampleServiceLake() {}

  public static List<Request> requests() {
    return REQUESTS;
  }

  public static Path write(Path lake) {
    return KioskEventRows.write(lake, REQUESTS);
  }

  /** The lake under {@code dir/lake} and the warehouse built from it, {@code dir/warehouse.duckdb}. */
  public static BuildSummary buildWarehouse(Path dir) {
    return WarehouseBuilder.build(write(dir.resolve("lake")).toString(), warehouseOf(dir), Progress.NONE);
  }

  public static Path warehouseOf(Path dir) {
    return dir.resolve("warehouse.duckdb");
  }

  /** The requests submitted in {@code year} (WIB) that satisfy {@code which}, counted. */
  public static long count(int year, Predicate<Request> which) {
    return REQUESTS.stream().filter(r -> r.submittedAt().getYear() == year).filter(which).count();
  }

  /** A request is in an area when its village is the area or lies in it. */
  public static Predicate<Request> in(String area) {
    return r -> r.village().startsWith(area);
  }

  public static Predicate<Request> channel(String channel) {
    return r -> r.channel().equals(channel);
  }

  public static Predicate<Request> inMonth(int month) {
    return r -> r.submittedAt().getMonthValue() == month;
  }

  private static List<Request> plan() {
    List<Request> requests = new ArrayList<>();
    for (int d = 0; d < DISTRICTS.size(); d++) {
      List<Area> villages = REGIONS.children(DISTRICTS.get(d).code());
      for (int v = 0; v < villages.size(); v++) {
        int n = d == 3 ? (v == 0 ? 4 : 0) : d == 0 && v == 0 ? 3 : 6 + (d * 5 + v * 3) % 13;
        for (int k = 0; k < n; k++) {
          OffsetDateTime at = OffsetDateTime.of(2024, 1 + k % 12, 1 + (k * 7 + v) % 27, 9, 0, 0, 0, WIB);
          requests.add(request(villages.get(v).code() + "-" + k, villages.get(v).code(), k, at));
        }
        if (v == 0) {
          for (int k = 0; k < 5; k++) {
            OffsetDateTime at = OffsetDateTime.of(2023, 6, 10 + k, 9, 0, 0, 0, WIB);
            requests.add(request(villages.get(v).code() + "-2023-" + k, villages.get(v).code(), k, at));
          }
        }
      }
    }
    return List.copyOf(requests);
  }

  /**
   * Every 10th rejected after 2 h, every 7th still in process, the rest completed after 1 to 60 h.
   * The service and the channel turn with the village's number, so that a month's requests in a
   * kecamatan are of several services and channels (not one service everywhere in a month).
   */
  private static Request request(String txn, String village, int k, OffsetDateTime at) {
    String state = k % 10 == 9 ? "REJECTED" : k % 7 == 6 ? "IN_PROCESS" : "COMPLETED";
    OffsetDateTime end = state.equals("REJECTED") ? at.plusHours(2) : at.plusHours(1 + (k * 5L) % 60);
    int turn = Integer.parseInt(village.substring(village.length() - 2));
    return new Request("T" + txn, village, SERVICES[(k + turn) % SERVICES.length],
        CHANNELS[(k + 2 * turn) % CHANNELS.length],
        KioskEventRows.instant(at), state, state.equals("IN_PROCESS") ? null : KioskEventRows.instant(end));
  }
}
