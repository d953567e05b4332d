package id.banyuwangi.kampung.reports.map;

import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import java.util.Locale;
import java.util.Map;

/** The words of a map in Indonesian (the default) or English. */
record MapText(boolean english) {
  private static final Map<String, String[]> UNITS = Map.of(
      "requests", new String[] {"permohonan", "requests"},
      "persons", new String[] {"orang", "persons"},
      "children", new String[] {"anak", "children"},
      "households", new String[] {"rumah tangga", "households"});

  static MapText of(Locale locale) {
    return new MapText(locale.getLanguage().equals("en"));
  }

  String suppressed() {
    return english ? "hidden" : "disamarkan";
  }

  String suppressedWhy() {
    return english ? "hidden: fewer than 5 counted" : "disamarkan: kurang dari 5 yang dihitung";
  }

  String noData() {
    return english ? "no data" : "tidak ada data";
  }

  String better() {
    return english ? "better" : "lebih baik";
  }

  String countOf(String smallCellUnit) {
    String[] words = UNITS.get(smallCellUnit);
    return words == null ? "n" : words[english ? 1 : 0];
  }

  /** "Kec. Genteng", "Desa Sarongan", "Kel. Penganjuran" (administrative names stay Indonesian). */
  static String areaName(MapFeature f) {
    if (f.code().length() == 6) {
      return "Kec. " + f.name();
    }
    String kind = RegionHierarchy.banyuwangi().find(f.code()).map(a -> a.kind()).orElse("desa");
    return (kind.equals("kelurahan") ? "Kel. " : "Desa ") + f.name();
  }

  String summary(String title, int areas, int valued, int hidden) {
    return english
        ? title + ": a map of " + areas + " areas, " + valued + " with a value, " + hidden + " hidden"
        : title + ": peta " + areas + " wilayah, " + valued + " bernilai, " + hidden + " disamarkan";
  }
}
