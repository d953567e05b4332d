package id.banyuwangi.kampung.ingestion;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one physical CSV line into fields (comma separator, {@code "} quoting with {@code ""} as
 * an escaped quote). A record is one physical line: the contract's sources never put a line break
 * inside a field, so an unterminated quote is a malformed row, not a continuation.
 */
final class CsvLine {
  private CsvLine() {}

  /** The fields of {@code line}, or null when it is not valid CSV (a stray or unterminated quote). */
  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int n = line.length();
    int i = 0;
    while (true) {
      field.setLength(0);
      if (i < n && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= n) {
            return null; // unterminated quote
          }
          char c = line.charAt(i++);
          if (c != '"') {
            field.append(c);
          } else if (i < n && line.charAt(i) == '"') {
            field.append('"');
            i++;
          } else {
            break;
          }
        }
        if (i < n && line.charAt(i) != ',') {
          return null; // text after the closing quote
        }
      } else {
        while (i < n && line.charAt(i) != ',') {
          char c = line.charAt(i++);
          if (c == '"') {
            return null; // a quote inside an unquoted field
          }
          field.append(c);
        }
      }
      fields.add(field.toString());
      if (i >= n) {
        return fields;
      }
      i++; // the comma: another field follows, possibly empty
    }
  }
}
