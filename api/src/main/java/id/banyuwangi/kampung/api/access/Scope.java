package id.banyuwangi.kampung.api.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What an API key allows, spelled as in {@code --scopes} and the OpenAPI document. */
public enum Scope {
  /** The public aggregates at the keyed (higher) rate limit: bulk export and machine pulls. */
  AGGREGATES_READ,
  /** {@code suppression=none}: the cells without disclosure control, for authorised ministries. */
  RESTRICTED_READ;

  /** {@code aggregates:read}, {@code restricted:read}. */
  public String spelling() {
    return name().toLowerCase(Locale.ROOT).replace('_', ':');
  }

  public static Scope parse(String spelling) {
    for (Scope s : values()) {
      if (s.spelling().equals(spelling.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown scope '" + spelling.trim() + "'; scopes are: " + all());
  }

  /** A comma-separated list of scopes, at least one. */
  public static Set<Scope> parseList(String list) {
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    for (String s : list.split(",")) {
      if (!s.isBlank()) {
        scopes.add(parse(s));
      }
    }
    if (scopes.isEmpty()) {
      throw new IllegalArgumentException("a key needs at least one scope: " + all());
    }
    return scopes;
  }

  public static String spell(Set<Scope> scopes) {
    return scopes.stream().map(Scope::spelling).sorted().collect(Collectors.joining(","));
  }

  private static String all() {
    return Arrays.stream(values()).map(Scope::spelling).collect(Collectors.joining(", "));
  }
}
