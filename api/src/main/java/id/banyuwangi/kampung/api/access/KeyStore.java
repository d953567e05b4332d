package id.banyuwangi.kampung.api.access;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The API keys of one warehouse, in a JSON file beside it ({@code WAREHOUSE_FILE.keys} unless
 * chosen), so keys survive every rebuild. The file holds only names, scopes, dates, non-secret
 * prefixes and salted hashes ({@link ApiKey}). A key is {@code kmp_PREFIX.SECRET}: 48 random bits of
 * prefix and 256 of secret from {@link SecureRandom}, base64url. The server rereads the file when it
 * changes, so a key created or revoked while it serves counts from the next request.
 */
public final class KeyStore {
  private static final String MARK = "kmp_";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

  /** A key as {@code keys create} hands it out: {@code secret} is shown once and kept nowhere. */
  public record Created(ApiKey key, String secret) {}

  /** The file's form of a key: dates as ISO instants, scopes as their spelling. */
  private record Stored(String name, String prefix, String salt, String hash, String scopes, String created,
      String expires, String revoked) {
    static Stored of(ApiKey k) {
      return new Stored(k.name(), k.prefix(), k.salt(), k.hash(), Scope.spell(k.scopes()), k.created().toString(),
          text(k.expires()), text(k.revoked()));
    }

    ApiKey key() {
      return new ApiKey(name, prefix, salt, hash, Scope.parseList(scopes), Instant.parse(created), instant(expires),
          instant(revoked));
    }

    private static String text(Instant i) {
      return i == null ? null : i.toString();
    }

    private static Instant instant(String s) {
      return s == null ? null : Instant.parse(s);
    }
  }

  private final Path file;
  private volatile List<ApiKey> keys = List.of();
  /** The file's identity and time when last read: every write moves a new file (a new inode) in place. */
  private volatile List<Object> readAt;

  public KeyStore(Path file) {
    this.file = file;
  }

  /** The default key store of {@code warehouseFile}: {@code WAREHOUSE_FILE.keys} beside it. */
  public static Path besideWarehouse(Path warehouseFile) {
    return warehouseFile.resolveSibling(warehouseFile.getFileName() + ".keys");
  }

  public Path file() {
    return file;
  }

  /** Every key ever created, revoked and expired ones too, in creation order. */
  public List<ApiKey> list() {
    reloadIfChanged();
    return keys;
  }

  /** The usable key {@code presented} is, if any (unknown, malformed, revoked and expired keys: empty). */
  public Optional<ApiKey> find(String presented, Instant now) {
    if (presented == null || !presented.startsWith(MARK) || presented.length() > 128) {
      return Optional.empty();
    }
    int dot = presented.indexOf('.');
    String prefix = dot < 0 ? "" : presented.substring(MARK.length(), dot);
    return list().stream().filter(k -> k.prefix().equals(prefix) && k.usable(now) && k.matches(presented)).findFirst();
  }

  /** Creates a key named {@code name}; refused when a usable key already has that name. */
  public synchronized Created create(String name, Set<Scope> scopes, Instant expires, Instant now) {
    if (!name.matches(NAME)) {
      throw new IllegalArgumentException("a key's name is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    if (expires != null && !expires.isAfter(now)) {
      throw new IllegalArgumentException("the key would be expired already: --expires must be in the future");
    }
    List<ApiKey> all = new ArrayList<>(list());
    if (all.stream().anyMatch(k -> k.name().equals(name) && k.usable(now))) {
      throw new IllegalArgumentException("a key named " + name + " exists; revoke it first or choose another name");
    }
    String prefix = random(6);
    String secret = MARK + prefix + "." + random(32);
    String salt = random(16);
    ApiKey key = new ApiKey(name, prefix, salt, ApiKey.hash(salt, secret), scopes, now, expires, null);
    all.add(key);
    write(all);
    return new Created(key, secret);
  }

  /** Revokes the usable key named {@code name}; false when there is none. */
  public synchronized boolean revoke(String name, Instant now) {
    List<ApiKey> all = new ArrayList<>(list());
    boolean found = false;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).name().equals(name) && all.get(i).revoked() == null) {
        all.set(i, all.get(i).revokedAt(now));
        found = true;
      }
    }
    if (found) {
      write(all);
    }
    return found;
  }

  private void reloadIfChanged() {
    try {
      if (!Files.isRegularFile(file)) {
        keys = List.of();
        readAt = null;
        return;
      }
      List<Object> modified = version();
      if (!modified.equals(readAt)) {
        List<Stored> stored = JSON.readValue(file.toFile(), new TypeReference<List<Stored>>() {});
        keys = stored.stream().map(Stored::key).toList();
        readAt = modified;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the key store " + file, e);
    }
  }

  /** Writes the whole store to a temporary file readable only by its owner, then moves it in place. */
  private void write(List<ApiKey> all) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException | FileSystemException e) {
        // not a POSIX file system: the directory's own permissions protect the hashes
      }
      try {
        JSON.writeValue(tmp.toFile(), all.stream().map(Stored::of).toList());
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp); // gone after the move; a failed write leaves no half store behind
      }
      keys = List.copyOf(all);
      readAt = version();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the key store " + file, e);
    }
  }

  private List<Object> version() throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    return Arrays.asList(a.fileKey(), a.lastModifiedTime(), a.size());
  }

  private static String random(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
