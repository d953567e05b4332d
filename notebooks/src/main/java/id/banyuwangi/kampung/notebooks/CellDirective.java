package id.banyuwangi.kampung.notebooks;

import java.util.Locale;

/**
 * What the info string of a {@code ```sql} cell asks for, after the word {@code sql}:
 * <ul>
 *   <li>nothing: the result as a table;
 *   <li>{@code chart=bars indicator=CODE}: the result (a label column, then a number column, and
 *       optionally a boolean column {@code suppressed}) as the reports' ranked bars, in the unit
 *       and direction of the catalog's indicator CODE;
 *   <li>{@code chart=line indicator=CODE}: the same columns as a line over the rows' order;
 *   <li>{@code map indicator=CODE}: the result (columns {@code area_code}, {@code value} and
 *       optionally {@code suppressed}; the kecamatan, or the villages of one kecamatan) as the
 *       dashboard's choropleth ({@link CellMap}), a hidden value hatched;
 *   <li>{@code hide}: the query is folded away (the page says a query is hidden), its result shown.
 * </ul>
 * For example {@code ```sql chart=bars indicator=SLA_COMPLIANCE hide}.
 *
 * @param indicator the catalog code the chart or map is drawn in; null for a table
 */
record CellDirective(Output output, String indicator, boolean hidden) {
  /** How a cell's result is drawn. */
  enum Output { TABLE, BARS, LINE, MAP }

  static final CellDirective TABLE = new CellDirective(Output.TABLE, null, false);

  /**
   * The directive of a fenced block's info string, or null when the block is not a SQL cell.
   *
   * @throws IllegalArgumentException naming the word it does not know, or a chart without indicator
   */
  static CellDirective parse(String info) {
    String[] words = info.strip().split("\\s+");
    if (!words[0].equalsIgnoreCase("sql")) {
      return null;
    }
    Output output = Output.TABLE;
    String indicator = null;
    boolean hidden = false;
    for (int i = 1; i < words.length; i++) {
      String word = words[i];
      String lower = word.toLowerCase(Locale.ROOT);
      if (lower.equals("hide")) {
        hidden = true;
      } else if (lower.equals("map")) {
        output = Output.MAP;
      } else if (lower.equals("chart=bars")) {
        output = Output.BARS;
      } else if (lower.equals("chart=line")) {
        output = Output.LINE;
      } else if (lower.startsWith("indicator=")) {
        indicator = word.substring("indicator=".length()).toUpperCase(Locale.ROOT);
      } else {
        throw new IllegalArgumentException("unknown cell directive '" + word
            + "': use chart=bars, chart=line, map, indicator=CODE or hide");
      }
    }
    if (output != Output.TABLE && (indicator == null || indicator.isEmpty())) {
      throw new IllegalArgumentException("a chart or map cell needs indicator=CODE (its unit and direction)");
    }
    return new CellDirective(output, indicator, hidden);
  }
}
