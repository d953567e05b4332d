package id.banyuwangi.kampung.reports.map;

import java.util.Locale;

/** A small SVG writer: elements with escaped attributes and text, numbers with a point and one decimal. */
final class Svg {
  private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

  /** {@code <name a="v" ...>}; attributes are name, value pairs, a null value left out. */
  Svg open(String name, Object... attributes) {
    out.append('<').append(name);
    for (int i = 0; i < attributes.length; i += 2) {
      Object value = attributes[i + 1];
      if (value != null) {
        String v = value instanceof Double d ? num(d) : value.toString();
        out.append(' ').append(attributes[i]).append("=\"").append(escape(v)).append('"');
      }
    }
    out.append('>');
    return this;
  }

  /** Turns the element just opened into an empty one ({@code <path .../>}). */
  Svg closeEmpty() {
    out.setLength(out.length() - 1);
    out.append("/>");
    return this;
  }

  Svg close(String name) {
    out.append("</").append(name).append('>');
    return this;
  }

  Svg text(String text) {
    out.append(escape(text));
    return this;
  }

  Svg element(String name, String text) {
    return open(name).text(text).close(name);
  }

  Svg raw(String markup) {
    out.append(markup);
    return this;
  }

  static String num(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
