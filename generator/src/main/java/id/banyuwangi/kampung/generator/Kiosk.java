package id.banyuwangi.kampung.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One kiosk (a village's service system), with its seed-determined habits.
 *
 * @param index position among all kiosks (village order, then kiosk number)
 * @param number 1 or 2 (the {@code -01}/{@code -02} suffix)
 * @param volumeShare share of the village's requests handled by this kiosk
 * @param gzip exports {@code .jsonl.gz} (most) or plain {@code .jsonl}
 * @param v2From first day the kiosk writes {@code kiosk.v2}; null if it stays on v1
 * @param nightlyReboot restarts every night at 05:00 WIB (else every Monday), for {@code uptime_s}
 */
record Kiosk(int index, String id, VillageProfile village, int number, double volumeShare,
    boolean gzip, LocalDate v2From, boolean nightlyReboot, long key) {

  static List<Kiosk> all(VillageProfiles villages, long seed) {
    List<Kiosk> kiosks = new ArrayList<>();
    for (VillageProfile v : villages.all()) {
      for (int n = 1; n <= v.kiosks(); n++) {
        long key = Long.parseLong(v.code()) * 100 + n;
        SplittableRandom r = Seeds.rng(seed, Seeds.KIOSK, key);
        double share = v.kiosks() == 1 ? 1.0 : n == 1 ? 0.6 : 0.4;
        boolean gzip = r.nextDouble() >= 0.08;
        LocalDate v2 = r.nextDouble() < 0.72
            ? LocalDate.of(2024, 3, 1).plusDays(r.nextInt(275)) : null;
        boolean nightly = r.nextDouble() < 0.7;
        kiosks.add(new Kiosk(kiosks.size(), v.kioskId(n), v, n, share, gzip, v2, nightly, key));
      }
    }
    return List.copyOf(kiosks);
  }

  boolean v2On(LocalDate day) {
    return v2From != null && !day.isBefore(v2From);
  }

  String appVersion(LocalDate day) {
    return day.isBefore(v2From.plusDays(120)) ? "2.0.4" : "2.1.1";
  }

  /** Seconds since the kiosk last restarted, at epoch second {@code at}. */
  long uptime(long at) {
    long local = at + KioskEvent.WIB_OFFSET_S;
    long sinceFive = Math.floorMod(local - 5 * 3600, 86_400L);
    if (nightlyReboot) {
      return sinceFive;
    }
    // Weekly restart on Monday 05:00: 1970-01-05 was a Monday.
    return Math.floorMod(local - (4 * 86_400L + 5 * 3600), 7 * 86_400L);
  }
}
