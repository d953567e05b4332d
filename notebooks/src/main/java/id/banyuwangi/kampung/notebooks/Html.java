package id.banyuwangi.kampung.notebooks;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** The little HTML a rendered notebook needs: escaping, number formatting and the page frame. */
final class Html {
  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

  private Html() {}

  static String escape(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** Numbers in Indonesian style (1.234,5); NULL as a dash, as official tables print it. */
  static String format(Object value) {
    if (value == null) {
      return "–";
    }
    if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
      NumberFormat f = NumberFormat.getNumberInstance(INDONESIAN);
      f.setMaximumFractionDigits(2);
      return f.format(((Number) value).doubleValue());
    }
    if (value instanceof Long || value instanceof Integer || value instanceof java.math.BigInteger) {
      return NumberFormat.getIntegerInstance(INDONESIAN).format(value);
    }
    return value.toString();
  }

  static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"><title>" + escape(title)
        + "</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
        + "table.result{border-collapse:collapse;margin:.5em 0 1.5em}table.result td,table.result th"
        + "{border:1px solid #ccc;padding:.2em .6em;text-align:right}table.result th{background:#eef}"
        + "pre{background:#f6f6f6;padding:.6em}.error{color:#b00}</style></head>\n<body>\n" + body
        + "</body></html>\n";
  }
}
