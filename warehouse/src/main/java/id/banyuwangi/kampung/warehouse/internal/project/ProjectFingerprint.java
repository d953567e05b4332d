package id.banyuwangi.kampung.warehouse.internal.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a warehouse was built by, besides the lake's data: the models (SQL, refs, sources, schema),
 * the macros, the catalog, the poverty lines, the variables, the lake root, and the code of the
 * Java models and domain rules (the bytes of the classes they ship in). Two builds with the same
 * fingerprint turn the same lake snapshot into the same tables, so an incremental build may keep a
 * model's table from the previous build when nothing it reads has changed.
 */
public final class ProjectFingerprint {
  private ProjectFingerprint() {}

  /** A hex SHA-256 over everything above; {@code codeOf} names classes whose shipped code counts. */
  public static String of(Project project, BuildContext context, String lake, List<Class<?>> codeOf) {
    MessageDigest digest = sha256();
    for (Model m : project.models()) {
      update(digest, m.name(), m.folder(), m.materialization().name(), m.sql(), new java.util.TreeSet<>(m.refs()),
          new java.util.TreeSet<>(m.sources()), m.schema(), m.java() == null ? null : m.java().getClass().getName());
    }
    project.macros().forEach(macro -> update(digest, macro));
    update(digest, context.catalog().all(), context.catalog().measures(), context.catalog().breakdowns(),
        new TreeMap<>(context.povertyLines().all()), new TreeMap<>(context.vars()), lake);
    codeOf.forEach(c -> code(digest, c));
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void update(MessageDigest digest, Object... parts) {
    for (Object part : parts) {
      digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }
  }

  /** The jar (or class directory) {@code c} was loaded from, every class file of it. */
  private static void code(MessageDigest digest, Class<?> c) {
    try {
      Path where = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(where)) {
        digest.update(Files.readAllBytes(where));
        return;
      }
      try (Stream<Path> files = Files.walk(where)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
          update(digest, where.relativize(f));
          try (InputStream in = Files.newInputStream(f)) {
            digest.update(in.readAllBytes());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the code of " + c.getName(), e);
    } catch (URISyntaxException | RuntimeException e) {
      update(digest, "unknown code of " + c.getName(), System.nanoTime()); // never matches: a full build
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
