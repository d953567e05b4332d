package id.banyuwangi.kampung.generator;

import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * One {@link VillageProfile} for each of the 217 real villages, determined by the seed.
 * Populations are lognormal (sigma 0.45) around the regency mean, kelurahan 1.7 times larger, and
 * scaled so that they sum exactly to the 2025 decree's regency total.
 */
public final class VillageProfiles {
  /** Kepmendagri 2025: 894,056 male + 897,733 female. */
  public static final int REGENCY_POPULATION = 1_791_789;

  private final List<VillageProfile> all;
  private final Map<String, VillageProfile> byCode;

  private VillageProfiles(List<VillageProfile> all) {
    this.all = List.copyOf(all);
    Map<String, VillageProfile> m = new LinkedHashMap<>();
    all.forEach(v -> m.put(v.code(), v));
    this.byCode = java.util.Collections.unmodifiableMap(m);
  }

  public static VillageProfiles of(RegionHierarchy regions, long seed) {
    List<Area> villages = regions.villages();
    int n = villages.size();
    double[] raw = new double[n];
    double[][] traits = new double[n][5];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      Area v = villages.get(i);
      SplittableRandom r = Seeds.rng(seed, Seeds.VILLAGE, Long.parseLong(v.code()));
      boolean kel = "kelurahan".equalsIgnoreCase(v.kind());
      raw[i] = Math.exp(0.45 * Seeds.normal(r)) * (kel ? 1.7 : 1.0);
      sum += raw[i];
      double kiosk = 0.46 * Math.exp(0.30 * Seeds.normal(r));
      double counter = 0.43 * Math.exp(0.30 * Seeds.normal(r));
      double online = 0.12 * Math.exp(0.35 * Seeds.normal(r)) * (kel ? 1.6 : 1.0);
      double t = kiosk + counter + online;
      traits[i][0] = kiosk / t;
      traits[i][1] = counter / t;
      traits[i][2] = online / t;
      traits[i][3] = clamp(Math.exp(Math.log(0.22) + 0.30 * Seeds.normal(r)), 0.12, 0.75);
      traits[i][4] = clamp(0.07 * Math.exp(0.30 * Seeds.normal(r)), 0.03, 0.14);
    }
    // Largest-remainder rounding so the populations sum exactly to the regency total.
    int[] pop = new int[n];
    double[] rem = new double[n];
    int assigned = 0;
    for (int i = 0; i < n; i++) {
      double exact = raw[i] / sum * REGENCY_POPULATION;
      pop[i] = (int) Math.floor(exact);
      rem[i] = exact - pop[i];
      assigned += pop[i];
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer>comparingDouble(i -> -rem[i]).thenComparing(i -> i));
    for (int k = 0; k < REGENCY_POPULATION - assigned; k++) {
      pop[order.get(k % n)]++;
    }
    // The most populous fifth of the villages run a second kiosk.
    List<Integer> bySize = new ArrayList<>(order);
    bySize.sort(Comparator.<Integer>comparingInt(i -> -pop[i]).thenComparing(i -> i));
    boolean[] two = new boolean[n];
    for (int k = 0; k < Math.round(n * 0.2); k++) {
      two[bySize.get(k)] = true;
    }
    List<VillageProfile> profiles = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      profiles.add(new VillageProfile(villages.get(i), i, pop[i], two[i] ? 2 : 1, traits[i][0],
          traits[i][1], traits[i][2], traits[i][3], traits[i][4]));
    }
    return new VillageProfiles(profiles);
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  public List<VillageProfile> all() {
    return all;
  }

  /** The desa (not kelurahan): the villages of the IDM, the Indeks Desa and BUMDes. */
  public List<VillageProfile> desa() {
    return all.stream().filter(v -> !v.kelurahan()).toList();
  }

  public Optional<VillageProfile> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public long totalPopulation() {
    return all.stream().mapToLong(VillageProfile::population).sum();
  }
}
