package id.banyuwangi.kampung.domain.indicator;

import java.util.List;
import java.util.Optional;

/**
 * A dimension a measure can be broken down by (a row of {@code catalog/breakdowns.csv}), with its
 * members. In a partition every record is in exactly one member, so the members of an additive
 * measure add up to its total (sex, service, channel, a status); the Indeks Desa dimensions are not
 * a partition (every village has a score in each).
 */
public record Breakdown(String code, String nameId, String nameEn, boolean partition, List<Member> members) {
  /** One member of a breakdown: its code as the data carries it ({@code P}, {@code KIOSK}) and its names. */
  public record Member(String code, String nameId, String nameEn) {}

  public Breakdown {
    members = List.copyOf(members);
  }

  public Optional<Member> member(String code) {
    return members.stream().filter(m -> m.code().equals(code)).findFirst();
  }

  public List<String> memberCodes() {
    return members.stream().map(Member::code).toList();
  }
}
