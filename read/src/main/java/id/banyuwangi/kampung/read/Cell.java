package id.banyuwangi.kampung.read;

import java.time.LocalDate;

/**
 * One indicator cell: a total ({@code breakdown} null) or one member of a breakdown, with its
 * period's first and last day. Read from the public cells (suppressed numbers null) or, for a
 * restricted reader, with every number.
 *
 * @param suppression {@code primary} or {@code secondary} when public outputs hide the cell (a
 *     restricted read still says so beside the numbers); null when published
 */
public record Cell(
    String indicatorCode,
    String areaCode,
    String areaName,
    String areaLevel,
    String period,
    String periodKind,
    LocalDate periodStart,
    LocalDate periodEnd,
    String breakdown,
    String member,
    String category,
    Double value,
    Double numerator,
    Double denominator,
    boolean suppressed,
    String suppression) {

  /** Whether the numbers are present although public outputs hide them (a restricted read). */
  public boolean unsuppressed() {
    return suppression != null && value != null;
  }
}
