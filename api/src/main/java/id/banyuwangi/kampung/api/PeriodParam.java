package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.domain.period.Period;
import io.javalin.http.Context;
import java.util.Optional;

/** The optional {@code period} query parameter, parsed by {@link Period#parse}. */
final class PeriodParam {
  private static final int LONGEST_ECHOED = 16;

  private PeriodParam() {}

  static Optional<Period> from(Context ctx) {
    String raw = ctx.queryParam("period");
    if (raw == null || raw.isEmpty()) {
      return Optional.empty();
    }
    if (raw.length() > LONGEST_ECHOED) {
      throw new BadRequest("malformed period: use 2024-03 (month), 2024-Q1 (quarter), 2024 (year) or 2023/2024 (school year)");
    }
    try {
      return Optional.of(Period.parse(raw));
    } catch (IllegalArgumentException e) {
      throw new BadRequest(e.getMessage());
    }
  }
}
