package id.banyuwangi.kampung.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.api.access.KeyStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kampung keys create|list|revoke} over a real key store: the new key is the last line of
 * standard output and is found in no file; list never shows it; a revoked key no longer opens the store.
 */
class KeysCommandTest {
  @TempDir Path dir;

  @Test
  void createPrintsTheKeyOnceListNeverShowsItRevokeEndsIt() throws Exception {
    Path keys = dir.resolve("ministries.keys");
    Run created = run("keys", "create", "--name", "kemenkes", "--scopes", "restricted:read,aggregates:read",
        "--expires", LocalDate.now().plusYears(1).toString(), "--keys", keys.toString());
    assertEquals(0, created.exit(), created.err());
    List<String> lines = created.out().lines().toList();
    String key = lines.get(lines.size() - 1);
    assertTrue(key.matches("kmp_[A-Za-z0-9_-]{8}\\.[A-Za-z0-9_-]{43}"), key);
    assertEquals(1, created.out().split(java.util.regex.Pattern.quote(key), -1).length - 1, "printed once");
    KeyStore store = new KeyStore(keys);
    assertTrue(store.find(key, Instant.now()).isPresent());
    assertFalse(Files.readString(keys).contains(key.substring(key.indexOf('.') + 1)), "the store keeps hashes only");

    Run list = run("keys", "list", "--keys", keys.toString());
    assertEquals(0, list.exit());
    assertTrue(list.out().contains("kemenkes") && list.out().contains("aggregates:read,restricted:read")
        && list.out().contains("active"), list.out());
    assertFalse(list.out().contains(key.substring(key.indexOf('.') + 1)), "list never shows a key");

    assertEquals(2, run("keys", "create", "--name", "kemenkes", "--scopes", "aggregates:read", "--keys", keys.toString())
        .exit(), "a usable key already has the name");
    assertEquals(2, run("keys", "create", "--name", "x", "--scopes", "everything", "--keys", keys.toString()).exit());

    assertEquals(0, run("keys", "revoke", "kemenkes", "--keys", keys.toString()).exit());
    assertTrue(store.find(key, Instant.now()).isEmpty(), "a revoked key opens nothing");
    assertTrue(run("keys", "list", "--keys", keys.toString()).out().contains("revoked"));
    assertEquals(1, run("keys", "revoke", "kemenkes", "--keys", keys.toString()).exit(), "nothing left to revoke");
  }

  @Test
  void theDefaultStoreIsBesideTheWarehouse() {
    Path warehouse = dir.resolve("kampung.duckdb");
    Run created = run("keys", "create", "--name", "bps", "--scopes", "aggregates:read", "--warehouse", warehouse.toString());
    assertEquals(0, created.exit(), created.err());
    assertTrue(Files.isRegularFile(dir.resolve("kampung.duckdb.keys")));
    assertEquals(2, run("keys", "list").exit(), "the store must be named: --warehouse or --keys");
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int exit = Kampung.commandLine().execute(args);
      return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}
