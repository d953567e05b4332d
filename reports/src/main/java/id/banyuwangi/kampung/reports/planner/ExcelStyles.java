package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.reports.Lang;
import id.banyuwangi.kampung.reports.Units;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of a planner workbook, made once per workbook (Excel caps the number of styles):
 * number formats by unit with the catalog's decimals ({@code #,##0.00} for a percent,
 * {@code "Rp "#,##0}, {@code #,##0.0" jam"}, ...), header, title, text and the grey suppressed cell.
 */
final class ExcelStyles {
  private final Workbook workbook;
  private final Lang lang;
  private final Map<String, CellStyle> numbers = new HashMap<>();
  final CellStyle title;
  final CellStyle header;
  final CellStyle text;
  final CellStyle suppressed;
  final CellStyle note;

  ExcelStyles(Workbook workbook, Lang lang) {
    this.workbook = workbook;
    this.lang = lang;
    Font bold = workbook.createFont();
    bold.setBold(true);
    Font big = workbook.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 13);
    Font italic = workbook.createFont();
    italic.setItalic(true);
    title = workbook.createCellStyle();
    title.setFont(big);
    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.TOP);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    text = workbook.createCellStyle();
    text.setVerticalAlignment(VerticalAlignment.TOP);
    text.setWrapText(true);
    suppressed = workbook.createCellStyle();
    suppressed.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    suppressed.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    note = workbook.createCellStyle();
    note.setFont(italic);
  }

  /** The style of a value of {@code unitOf} (null: a plain amount, whole or with two decimals). */
  CellStyle number(Indicator unitOf, double value) {
    return style(format(unitOf, value, lang));
  }

  /** The style of a change: signed, with the indicator's decimals ("+1.20", "-0.35"). */
  CellStyle change(Indicator unitOf) {
    String number = number(Units.decimals(unitOf));
    return style("+" + number + ";-" + number + ";" + number);
  }

  private CellStyle style(String format) {
    return numbers.computeIfAbsent(format, f -> {
      CellStyle style = workbook.createCellStyle();
      style.setDataFormat(workbook.createDataFormat().getFormat(f));
      style.setVerticalAlignment(VerticalAlignment.TOP);
      return style;
    });
  }

  /**
   * The Excel number format of a value: the catalog's decimals, the unit in the format where Excel
   * can keep the cell a number ({@code "Rp "#,##0}, {@code #,##0.0" jam"}). Excel shows the
   * separators of the reader's own locale.
   */
  static String format(Indicator unitOf, double value, Lang lang) {
    if (unitOf == null) {
      return Amounts.isWhole(value) ? "#,##0" : "#,##0.00";
    }
    String number = number(Units.decimals(unitOf));
    // a percent stays a number from 0 to 100 (the header says "%"): a "%" in the format would
    // make some readers multiply it by 100
    return switch (unitOf.unit()) {
      case "hours" -> number + "\"" + lang.text("suffix.hours") + "\"";
      case "rupiah" -> "\"" + lang.text("prefix.rupiah") + "\"" + number;
      default -> number;
    };
  }

  private static String number(int decimals) {
    return decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
  }
}
