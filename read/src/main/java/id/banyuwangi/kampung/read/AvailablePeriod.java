package id.banyuwangi.kampung.read;

import java.time.LocalDate;

/** A row of {@code dim_period} for which the warehouse holds at least one value. */
public record AvailablePeriod(String period, String periodKind, LocalDate startDate, LocalDate endDate) {}
