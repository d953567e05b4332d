package id.banyuwangi.kampung.domain.person;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces a personal identifier (NIK, a source system's person id) by a keyed HMAC-SHA256, so the
 * same person links across records while the clear id never leaves ingestion. The key comes from
 * the environment ({@value #KEY_ENV}) or a key file ({@value #KEY_FILE_ENV}), never from the
 * repository; without a key there is no run.
 */
public final class Pseudonymizer implements java.io.Serializable {
  public static final String KEY_ENV = "KAMPUNG_PSEUDONYM_KEY";
  public static final String KEY_FILE_ENV = "KAMPUNG_PSEUDONYM_KEY_FILE";
  private static final long serialVersionUID = 1L;
  private static final int MIN_KEY_LENGTH = 16;

  private final byte[] key;
  private transient Mac mac;

  public Pseudonymizer(String key) {
    if (key == null || key.strip().length() < MIN_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "pseudonymisation key must be at least " + MIN_KEY_LENGTH + " characters");
    }
    this.key = key.strip().getBytes(StandardCharsets.UTF_8);
  }

  /** The key from {@value #KEY_ENV} or the file named by {@value #KEY_FILE_ENV}. */
  public static Optional<String> keyFrom(Map<String, String> env) {
    String key = env.get(KEY_ENV);
    if (key != null && !key.isBlank()) {
      return Optional.of(key);
    }
    String file = env.get(KEY_FILE_ENV);
    if (file != null && !file.isBlank()) {
      try {
        return Optional.of(Files.readString(Path.of(file)).strip());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the pseudonymisation key file " + file, e);
      }
    }
    return Optional.empty();
  }

  /** A pseudonymizer keyed from the process environment, or a clear error saying how to set a key. */
  public static Pseudonymizer fromEnvironment() {
    return new Pseudonymizer(keyFrom(System.getenv()).orElseThrow(() -> new IllegalStateException(
        "no pseudonymisation key: set " + KEY_ENV + " or " + KEY_FILE_ENV
            + " (personal ids are never stored in clear)")));
  }

  /** The pseudonym of an identifier: 32 hex characters of HMAC-SHA256, prefixed by the id's kind. */
  public String pseudonym(String kind, String id) {
    if (id == null) {
      return null;
    }
    byte[] digest = mac().doFinal((kind + ":" + id).getBytes(StandardCharsets.UTF_8));
    return "p" + HexFormat.of().formatHex(digest, 0, 16);
  }

  private Mac mac() {
    if (mac == null) {
      try {
        mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HmacSHA256 unavailable", e);
      }
    }
    return mac;
  }
}
