package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.domain.indicator.Indicator;

/** One cell of a {@link ReportTable}, rendered by each writer in its own way. */
sealed interface Cell {
  /** Text: a name, a code, a band. */
  record Text(String text) implements Cell {}

  /**
   * A number: a value in the unit of {@code unitOf}, or (unitOf null) a plain amount such as a
   * numerator, a denominator or a row count.
   */
  record Value(double value, Indicator unitOf) implements Cell {}

  /** A change between two values of {@code unitOf}, printed with its sign. */
  record Change(double change, Indicator unitOf) implements Cell {}

  /**
   * A value hidden by the small-cell rule: printed "disamarkan", an empty grey cell with a note in Excel.
   *
   * @param secondary hidden to protect another small cell, not itself small
   */
  record Suppressed(boolean secondary) implements Cell {}

  /** No value in the warehouse. */
  record Missing() implements Cell {}

  Cell SUPPRESSED = new Suppressed(false);
  Cell MISSING = new Missing();

  static Cell text(String text) {
    return text == null ? MISSING : new Text(text);
  }

  /** A plain amount, or {@link #MISSING} when null. */
  static Cell amount(Number value) {
    return value == null ? MISSING : new Value(value.doubleValue(), null);
  }

  /** An amount of a figure: suppressed when the figure is, missing when null. */
  static Cell amount(Figure figure, Double value) {
    return figure.suppressed() ? suppressed(figure) : amount(value);
  }

  /** The suppressed cell of a figure, primary or secondary as the warehouse says. */
  static Cell suppressed(Figure figure) {
    return new Suppressed("secondary".equals(figure.suppression()));
  }

  /** A change, or {@link #MISSING} when there is none to show. */
  static Cell change(Double change, Indicator unitOf) {
    return change == null ? MISSING : new Change(change, unitOf);
  }
}
