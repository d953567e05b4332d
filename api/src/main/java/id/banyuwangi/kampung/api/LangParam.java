package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.reports.Lang;

/** The optional {@code lang} query parameter: {@code id} (the default, Indonesian) or {@code en}. */
final class LangParam {
  private LangParam() {}

  static String parse(Params params) {
    String raw = params.query("lang");
    if (raw == null || raw.isEmpty() || raw.equals("id")) {
      return "id";
    }
    if (raw.equals("en")) {
      return "en";
    }
    throw new BadRequest("unknown lang: use id (Indonesian, the default) or en (English)");
  }

  static Lang of(String lang) {
    return Lang.parse(lang);
  }
}
