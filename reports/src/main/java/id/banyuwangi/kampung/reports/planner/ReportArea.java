package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.domain.region.AreaLevel;

/** An area of {@code dim_region}: the report's area or one of its child areas. */
public record ReportArea(String code, String name, AreaLevel level) {
  /** "Kecamatan Pesanggaran (351001)", "Desa/Kelurahan Sarongan (3510012001)", "Kabupaten Banyuwangi (3510)". */
  public String title() {
    return (level == AreaLevel.REGENCY ? "" : level.nameId() + " ") + name + " (" + code + ")";
  }
}
