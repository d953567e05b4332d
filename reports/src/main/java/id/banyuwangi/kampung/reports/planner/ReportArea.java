package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.domain.region.AreaLevel;
import id.banyuwangi.kampung.reports.Lang;

/** An area of {@code dim_region}: the report's area or one of its child areas. */
public record ReportArea(String code, String name, AreaLevel level) {
  /** "Kecamatan Pesanggaran (351001)", "Desa/Kelurahan Sarongan (3510012001)", "Kabupaten Banyuwangi (3510)". */
  public String title() {
    return title(Lang.ID);
  }

  /** The title in {@code lang}: "Pesanggaran District (351001)" in English. */
  public String title(Lang lang) {
    return level == AreaLevel.REGENCY ? lang.text("area.regency.title", regencyName(lang), code)
        : lang.text("area.title", lang.level(level), name, code);
  }

  /** "Kecamatan Pesanggaran" / "Pesanggaran District": how a sentence names the area. */
  public String named(Lang lang) {
    return level == AreaLevel.REGENCY ? regencyName(lang) : lang.text("area.named", lang.level(level), name);
  }

  /** dim_region names the regency "Kabupaten Banyuwangi"; English puts the level after the name. */
  private String regencyName(Lang lang) {
    String prefix = AreaLevel.REGENCY.nameId() + " ";
    return lang == Lang.EN && name.startsWith(prefix)
        ? name.substring(prefix.length()) + " " + lang.level(AreaLevel.REGENCY) : name;
  }
}
