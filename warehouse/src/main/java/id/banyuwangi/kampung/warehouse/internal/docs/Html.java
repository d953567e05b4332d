package id.banyuwangi.kampung.warehouse.internal.docs;

/** A self-contained HTML page (styles inline, no script, no network): what the docs are written as. */
final class Html {
  private static final String STYLE = """
      body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1b1f23}
      code,pre{font-family:ui-monospace,monospace;font-size:.9em}pre{background:#f6f8fa;padding:1rem;overflow:auto}
      table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}
      section{border-top:1px solid #d0d7de;margin-top:2rem}small{color:#57606a;font-weight:normal}
      li.pass{color:#1a7f37}li.fail{color:#cf222e;font-weight:bold}nav ol{columns:3}svg{max-width:100%;height:auto}
      """;

  private final StringBuilder body = new StringBuilder();
  private final String title;

  Html(String title) {
    this.title = title;
  }

  void raw(String html) {
    body.append(html).append('\n');
  }

  String finish() {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
        + "</title><style>" + STYLE + "</style></head><body>\n" + body + "</body></html>\n";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
