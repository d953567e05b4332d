package id.banyuwangi.kampung.notebooks;

import id.banyuwangi.kampung.reports.Lang;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.NumberFormat;
import java.util.List;

/** The little HTML a rendered notebook needs: escaping, result tables, number formatting and the page frame. */
final class Html {
  private Html() {}

  static String escape(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** Numbers as the language writes them (1.234,5 or 1,234.5); NULL as a dash, as official tables print it. */
  static String format(Object value, Lang lang) {
    if (value == null) {
      return "–";
    }
    if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
      NumberFormat f = NumberFormat.getNumberInstance(lang.locale());
      f.setMaximumFractionDigits(2);
      return f.format(((Number) value).doubleValue());
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof BigInteger) {
      return NumberFormat.getIntegerInstance(lang.locale()).format(value);
    }
    return value.toString();
  }

  /** The result as a table; a line below it when rows were left out. */
  static String table(CellResult result, Lang lang) {
    StringBuilder table = new StringBuilder("<table class=\"result\">\n<tr>");
    result.columns().forEach(c -> table.append("<th>").append(escape(c)).append("</th>"));
    table.append("</tr>\n");
    for (List<Object> row : result.rows()) {
      table.append("<tr>");
      row.forEach(v -> table.append("<td>").append(escape(format(v, lang))).append("</td>"));
      table.append("</tr>\n");
    }
    table.append("</table>\n");
    if (result.truncated()) {
      table.append("<p class=\"note\">").append(escape(lang.text("notebook.truncated", CellResult.MAX_ROWS))).append("</p>\n");
    }
    return table.toString();
  }

  static String page(String title, String body, Lang lang) {
    return "<!DOCTYPE html>\n<html lang=\"" + lang.code() + "\"><head><meta charset=\"utf-8\"><title>" + escape(title)
        + "</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
        + "table.result{border-collapse:collapse;margin:.5em 0 1.5em}table.result td,table.result th"
        + "{border:1px solid #ccc;padding:.2em .6em;text-align:right}table.result th{background:#eef}"
        + "pre{background:#f6f6f6;padding:.6em}.error{color:#b00;font-weight:bold}"
        + ".stamp,.note{color:#555;font-size:.9em}img.chart{max-width:100%;height:auto;margin:.5em 0 1.5em}"
        + "figure.map{margin:.5em 0 1.5em}figure.map svg{max-width:100%;height:auto}"
        + "details.hidden-cell summary{color:#555;font-style:italic;cursor:pointer}</style></head>\n<body>\n" + body
        + "</body></html>\n";
  }
}
