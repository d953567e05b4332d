package id.banyuwangi.kampung.generator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What to generate: the output directory, the calendar period (inclusive, WIB dates), the volume
 * scale (1.0 = about one million kiosk events a year regency-wide, and the full regency population
 * of 1,791,789 for the CSV sources, which all scale together) and the random seed. The same config
 * always yields byte-identical files.
 */
public record GeneratorConfig(Path out, LocalDate from, LocalDate to, double scale, long seed) {
  public GeneratorConfig {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
    }
    if (!(scale > 0) || scale > 1000 || Double.isNaN(scale)) {
      throw new IllegalArgumentException("scale must be in (0, 1000], got " + scale);
    }
  }

  /** 2024-01-01..2024-12-31, scale 0.1, seed 42. */
  public static GeneratorConfig defaults(Path out) {
    return new GeneratorConfig(out, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 0.1, 42L);
  }

  /** Number of days in the period, both ends included. */
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }
}
