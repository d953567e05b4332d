package id.banyuwangi.kampung.api.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * One API key as the key store keeps it: its name, the short non-secret prefix that finds it, a
 * per-key salt and the SHA-256 of salt and key. The key itself is never kept: a presented key is
 * checked by hashing it again. {@code expires} and {@code revoked} are null while they do not apply.
 */
public record ApiKey(String name, String prefix, String salt, String hash, Set<Scope> scopes, Instant created,
    Instant expires, Instant revoked) {

  public ApiKey {
    scopes = Set.copyOf(scopes);
  }

  /** Whether the key may be used at {@code now}: not revoked, not expired. */
  public boolean usable(Instant now) {
    return revoked == null && (expires == null || now.isBefore(expires));
  }

  public boolean holds(Scope scope) {
    return scopes.contains(scope);
  }

  /** Whether {@code presented} is this key (compared in constant time). */
  boolean matches(String presented) {
    return MessageDigest.isEqual(hash(salt, presented).getBytes(StandardCharsets.US_ASCII),
        hash.getBytes(StandardCharsets.US_ASCII));
  }

  ApiKey revokedAt(Instant when) {
    return new ApiKey(name, prefix, salt, hash, scopes, created, expires, when);
  }

  /** {@code active}, {@code expired} or {@code revoked}, as {@code keys list} shows it. */
  public String status(Instant now) {
    return revoked != null ? "revoked" : usable(now) ? "active" : "expired";
  }

  static String hash(String salt, String key) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(Base64.getUrlDecoder().decode(salt));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
