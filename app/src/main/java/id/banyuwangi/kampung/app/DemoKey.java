package id.banyuwangi.kampung.app;

import id.banyuwangi.kampung.domain.person.Pseudonymizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The demo's pseudonymisation key: the environment's when set, otherwise a random key kept in a
 * local file beside the demo data (owner-only), so repeated demos link the same pseudonyms.
 * Production runs never come here: without a configured key, {@code ingest} refuses to run.
 */
final class DemoKey {
  private DemoKey() {}

  static Pseudonymizer resolve(Path demoDir) throws IOException {
    var fromEnv = Pseudonymizer.keyFrom(System.getenv());
    if (fromEnv.isPresent()) {
      return new Pseudonymizer(fromEnv.get());
    }
    Path keyFile = demoDir.resolve("pseudonym.key");
    if (!Files.exists(keyFile)) {
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      Files.createDirectories(demoDir);
      Files.writeString(keyFile, HexFormat.of().formatHex(key));
      try {
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX filesystem: the file stays as created
      }
      System.out.println("Created a local demo pseudonymisation key at " + keyFile);
    }
    return new Pseudonymizer(Files.readString(keyFile));
  }
}
