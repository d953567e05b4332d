package id.banyuwangi.kampung.generator;

import id.banyuwangi.kampung.domain.service.Service;
import id.banyuwangi.kampung.domain.service.ServiceCatalog;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The calibrated shapes of kiosk demand: day of week, month, hour of day and service mix. */
final class KioskPatterns {
  /** Regency-wide kiosk events per year at scale 1.0. */
  static final double EVENTS_PER_YEAR = 1_000_000;
  /** Average events per request (SUBMITTED, usually IN_PROCESS, a terminal event); calibrated. */
  static final double EVENTS_PER_REQUEST = 2.56;

  /** Relative volume by day of week, Monday first; Friday is short (Friday prayers). */
  private static final double[] DOW = {1.30, 1.22, 1.18, 1.15, 0.95, 0.18, 0.04};
  private static final double DOW_NORM = 7 / java.util.Arrays.stream(DOW).sum();
  /** Relative volume by month: Lebaran dip in April, school-year peak in July. */
  private static final double[] MONTH = {1.03, 0.97, 0.95, 0.88, 1.05, 1.05, 1.12, 1.08, 1.00,
      0.98, 0.97, 0.95};

  /** Hour-of-day weights (WIB) for requests at the office (counter, kiosk) on a weekday. */
  private static final double[] HOURS_OFFICE = hours(Map.of(7, 0.5, 8, 1.4, 9, 1.6, 10, 1.5,
      11, 1.1, 12, 0.45, 13, 0.8, 14, 0.6, 15, 0.3));
  private static final double[] HOURS_FRIDAY = hours(Map.of(7, 0.6, 8, 1.5, 9, 1.6, 10, 1.3,
      11, 0.6, 12, 0.1, 13, 0.5, 14, 0.3));
  /** Self-service kiosk on a weekend or holiday (public building open in the morning). */
  private static final double[] HOURS_WEEKEND = hours(Map.of(8, 1.0, 9, 1.2, 10, 1.2, 11, 1.0,
      12, 0.6, 13, 0.5, 14, 0.3));
  private static final double[] HOURS_ONLINE = {0.10, 0.05, 0.03, 0.03, 0.05, 0.2, 0.5, 0.8, 1.0,
      1.1, 1.1, 1.0, 0.9, 0.9, 0.9, 0.9, 0.8, 0.7, 0.8, 1.1, 1.2, 1.0, 0.6, 0.3};
  private static final double[] CUM_OFFICE = Seeds.cumulative(HOURS_OFFICE);
  private static final double[] CUM_FRIDAY = Seeds.cumulative(HOURS_FRIDAY);
  private static final double[] CUM_WEEKEND = Seeds.cumulative(HOURS_WEEKEND);
  private static final double[] CUM_ONLINE = Seeds.cumulative(HOURS_ONLINE);

  /** Base service mix: letters of domicile and low income, family card and PBB enquiries lead. */
  private static final Map<String, Double> BASE_MIX = Map.ofEntries(
      Map.entry("SK-DOMISILI", 14.0), Map.entry("SK-TIDAK-MAMPU", 12.0),
      Map.entry("PENGANTAR-KK", 10.0), Map.entry("PBB-INFO", 9.0), Map.entry("SK-USAHA", 6.0),
      Map.entry("PBB-BAYAR", 4.0), Map.entry("PENGANTAR-KTP", 5.0),
      Map.entry("SURAT-PINDAH", 4.0), Map.entry("AKTA-KELAHIRAN", 3.5),
      Map.entry("PENGANTAR-SKCK", 3.5), Map.entry("KIA", 3.0), Map.entry("SK-PENGHASILAN", 3.0),
      Map.entry("BPJS-PBI", 3.0), Map.entry("LEGALISIR", 3.0), Map.entry("PENGANTAR-NIKAH", 2.5),
      Map.entry("SK-KELAHIRAN", 2.5), Map.entry("BANSOS-USULAN", 2.5),
      Map.entry("RUJUKAN-KESEHATAN", 2.0), Map.entry("SK-KEMATIAN", 1.5),
      Map.entry("BPJS-MANDIRI", 1.5), Map.entry("BEASISWA", 1.5),
      Map.entry("PIP-REKOMENDASI", 1.5), Map.entry("NIB-UMKM", 1.5),
      Map.entry("SK-BELUM-MENIKAH", 1.5), Map.entry("AKTA-KEMATIAN", 1.2),
      Map.entry("SK-KEHILANGAN", 1.2), Map.entry("PENGADUAN", 1.0),
      Map.entry("BANSOS-SANGGAH", 0.8), Map.entry("SK-AHLI-WARIS", 0.8),
      Map.entry("IZIN-KERAMAIAN", 0.8), Map.entry("SK-JANDA-DUDA", 0.7),
      Map.entry("SK-TANAH", 0.7), Map.entry("SK-BEPERGIAN", 0.6), Map.entry("LAPAK-DESA", 0.5),
      Map.entry("PBG-REKOMENDASI", 0.4), Map.entry("INFO-PUBLIK", 0.3));

  private final List<Service> services;
  /** [month 0..11][service] cumulative weights. */
  private final double[][] mixByMonth;

  KioskPatterns(ServiceCatalog catalog) {
    this.services = catalog.all();
    this.mixByMonth = new double[12][];
    for (int m = 0; m < 12; m++) {
      double[] w = new double[services.size()];
      for (int i = 0; i < w.length; i++) {
        String code = services.get(i).code();
        w[i] = BASE_MIX.getOrDefault(code, 1.0) * seasonal(code, m + 1);
      }
      mixByMonth[m] = Seeds.cumulative(w);
    }
  }

  /** Seasonality of a service by month (1..12). */
  static double seasonal(String code, int month) {
    return switch (code) {
      // PBB bills (SPPT) arrive in April-May and fall due at the end of August/September.
      case "PBB-BAYAR" -> switch (month) {
        case 7 -> 1.5;
        case 8 -> 3.0;
        case 9 -> 2.5;
        case 4, 5, 6 -> 1.0;
        default -> 0.5;
      };
      case "PBB-INFO" -> switch (month) {
        case 4, 5 -> 1.5;
        case 8 -> 2.0;
        case 9 -> 1.8;
        default -> 1.0;
      };
      // Scholarships and school support around the new school year (July).
      case "BEASISWA" -> switch (month) {
        case 6 -> 2.5;
        case 7 -> 4.0;
        case 8 -> 1.5;
        default -> 0.6;
      };
      case "PIP-REKOMENDASI" -> switch (month) {
        case 7 -> 2.5;
        case 8 -> 2.0;
        case 1 -> 1.5;
        default -> 0.8;
      };
      case "SK-TIDAK-MAMPU" -> month == 6 ? 1.4 : month == 7 ? 1.6 : 1.0;
      case "PENGANTAR-SKCK" -> month == 6 || month == 7 ? 1.3 : 1.0;
      // Weddings after Lebaran, few in Ramadan and in Suro (Muharram).
      case "PENGANTAR-NIKAH" -> switch (month) {
        case 5, 6 -> 1.5;
        case 3 -> 0.7;
        case 7 -> 0.5;
        default -> 1.0;
      };
      case "SURAT-PINDAH" -> month == 4 || month == 5 ? 1.45 : month == 7 ? 1.3 : 1.0;
      default -> 1.0;
    };
  }

  /** Relative volume of a day (mean about 1 over a year). */
  static double dayFactor(LocalDate d) {
    double dow = WorkCalendar.isHoliday(d) ? DOW[6] : DOW[d.getDayOfWeek().getValue() - 1];
    return dow * DOW_NORM * MONTH[d.getMonthValue() - 1];
  }

  Service drawService(SplittableRandom r, int month) {
    return services.get(Seeds.pick(r, mixByMonth[month - 1]));
  }

  /** Second of the WIB day at which a request through {@code channel} is submitted. */
  static int submitSecond(SplittableRandom r, LocalDate d, String channel) {
    double[] cum;
    if ("ONLINE".equals(channel)) {
      cum = CUM_ONLINE;
    } else if (!WorkCalendar.isWorkday(d)) {
      cum = CUM_WEEKEND;
    } else if (d.getDayOfWeek() == DayOfWeek.FRIDAY) {
      cum = CUM_FRIDAY;
    } else {
      cum = CUM_OFFICE;
    }
    return Seeds.pick(r, cum) * 3600 + r.nextInt(3600);
  }

  private static double[] hours(Map<Integer, Double> w) {
    double[] h = new double[24];
    w.forEach((k, v) -> h[k] = v);
    return h;
  }
}
