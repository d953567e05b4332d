package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.domain.period.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Which build a request reads: the one its {@code cursor} pages through, else the one
 * {@code asOf} names (a build id, or an ISO 8601 time or date: the build published then; a date
 * means its end in WIB), else the newest.
 */
final class BuildChoice {
  static final String AS_OF = "asOf";
  private static final Pattern BUILD_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private BuildChoice() {}

  static WarehouseBuild.Lease lease(WarehouseConnection warehouse, Params params) {
    Page.Cursor cursor = Page.Cursor.decode(params.query("cursor"));
    if (cursor != null) {
      return warehouse.lease(cursor.buildId());
    }
    String asOf = params.query(AS_OF);
    if (asOf == null || asOf.isEmpty()) {
      return warehouse.lease();
    }
    Instant time = time(asOf);
    if (time != null) {
      return warehouse.leaseAsOf(time);
    }
    if (BUILD_ID.matcher(asOf).matches()) {
      return warehouse.lease(asOf);
    }
    throw new BadRequest("asOf must be a build id (see /api/v1/builds) or an ISO 8601 time such as 2025-01-15T02:00:00Z");
  }

  /** An ISO 8601 time with an offset, or a date (its end in WIB); null when {@code raw} is neither. */
  static Instant time(String raw) {
    if (raw.length() > 40) {
      return null;
    }
    try {
      return OffsetDateTime.parse(raw).toInstant();
    } catch (DateTimeParseException e) {
      // not a time with an offset
    }
    try {
      return LocalDate.parse(raw).plusDays(1).atStartOfDay().toInstant(Period.WIB).minusNanos(1);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
