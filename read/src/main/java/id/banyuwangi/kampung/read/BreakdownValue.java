package id.banyuwangi.kampung.read;

/**
 * One row of {@code public_indicator_breakdown}: an indicator's value for one member of a
 * breakdown (suppressed like any public value).
 *
 * @param breakdown {@code sex}, {@code service}, {@code channel} or {@code dimension}
 * @param member the breakdown's value: {@code L}/{@code P}, a service code, a channel
 */
public record BreakdownValue(String breakdown, String member, IndicatorValue value) {}
