package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.period.Period;
import id.banyuwangi.kampung.domain.period.PeriodKind;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The optional {@code period} query parameter, parsed by {@link Period#parse} and checked against
 * the period kinds the indicator is published for (its catalog {@code periods}). A four-digit year
 * is the indicator's survey year when it is published per survey year and not per calendar year.
 */
final class PeriodParam {
  private static final int LONGEST_ECHOED = 16;
  private static final Map<PeriodKind, String> EXAMPLES = Map.of(PeriodKind.MONTH, "2024-03",
      PeriodKind.QUARTER, "2024-Q1", PeriodKind.YEAR, "2024", PeriodKind.SURVEY_YEAR, "2024",
      PeriodKind.SCHOOL_YEAR, "2023/2024");

  private PeriodParam() {}

  static Optional<Period> from(Params params) {
    String raw = params.query("period");
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

  /** The period of the request as the indicator publishes it; 400 when it is not one of its kinds. */
  static Optional<Period> from(Params params, Indicator indicator) {
    return from(params).map(p -> of(p, indicator));
  }

  static Period of(Period parsed, Indicator indicator) {
    if (indicator.periods().contains(parsed.kind())) {
      return parsed;
    }
    if (parsed.kind() == PeriodKind.YEAR && indicator.periods().contains(PeriodKind.SURVEY_YEAR)) {
      return new Period(parsed.code(), PeriodKind.SURVEY_YEAR, parsed.start(), parsed.end());
    }
    String published = indicator.periods().stream().map(k -> kindName(k) + " (" + EXAMPLES.get(k) + ")")
        .collect(Collectors.joining(", "));
    throw new BadRequest("wrong period kind: " + indicator.code() + " is published per " + published
        + ", and " + parsed.code() + " is a " + kindName(parsed.kind()));
  }

  private static String kindName(PeriodKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
