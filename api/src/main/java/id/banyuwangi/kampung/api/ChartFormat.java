package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.reports.Chart;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** How a chart is asked for ({@code CODE.png}, {@code CODE.svg}) and sent. */
enum ChartFormat {
  PNG(".png", "image/png", Chart::png),
  SVG(".svg", "image/svg+xml", Chart::svg);

  private final String suffix;
  private final String contentType;
  private final Function<Chart, byte[]> writer;

  ChartFormat(String suffix, String contentType, Function<Chart, byte[]> writer) {
    this.suffix = suffix;
    this.contentType = contentType;
    this.writer = writer;
  }

  /** The format a file name ends in, and the indicator code before it. */
  static Optional<ChartFormat> of(String file) {
    return Arrays.stream(values()).filter(f -> file.endsWith(f.suffix)).findFirst();
  }

  String code(String file) {
    return file.substring(0, file.length() - suffix.length());
  }

  Answer answer(Chart chart) {
    return new Answer(contentType, writer.apply(chart));
  }
}
