package id.banyuwangi.kampung.domain.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A published warehouse file and the last builds published at its path, kept beside it in
 * {@code FILE.builds/BUILD_ID.duckdb}: the one place that knows that layout, for the build that
 * writes it and the API that answers {@code asOf} an earlier build from it. Each kept file is the
 * published file itself (a hard link to it, a copy where the file system has no links), never
 * written again, and carries its own lineage ({@code _build_info}, {@code _build_sources}); its
 * modification time is when it was published.
 *
 * <p>{@link #publish} keeps the file under a pending name, renames it over the target atomically
 * (the live path is replaced as before), and only then names the kept file: a build killed
 * between two steps leaves the previous build published and at most a pending file, which no
 * reader takes for a build.
 */
public final class PublishedBuilds {
  /** How many published builds are kept when nothing else is configured. */
  public static final int DEFAULT_KEEP = 10;
  private static final String SUFFIX = ".duckdb";
  private static final String PENDING = ".pending";
  private static final Pattern BUILD_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  /** A kept build: its id, when it was published, its file. */
  public record Kept(String buildId, Instant publishedAt, Path file) {}

  private final Path target;

  private PublishedBuilds(Path target) {
    this.target = target.toAbsolutePath().normalize();
  }

  /** The builds published at {@code target}. */
  public static PublishedBuilds of(Path target) {
    return new PublishedBuilds(target);
  }

  /** {@code FILE.builds}, beside the published file. */
  public Path directory() {
    return target.resolveSibling(target.getFileName() + ".builds");
  }

  /**
   * Publishes the complete file {@code building} as {@code target} (one atomic rename), keeping it
   * as build {@code buildId}, then removes all but the newest {@code keep} kept builds (0: none
   * kept).
   */
  public void publish(Path building, String buildId, int keep) {
    if (!BUILD_ID.matcher(buildId).matches()) {
      throw new IllegalArgumentException("not a build id: " + buildId);
    }
    Path pending = null;
    try {
      if (keep > 0) {
        Files.createDirectories(directory());
        pending = directory().resolve(buildId + SUFFIX + PENDING);
        keepAs(building, pending);
      }
      Files.move(building, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish " + building + " as " + target, e);
    }
    if (pending != null) {
      try {
        Files.move(pending, directory().resolve(buildId + SUFFIX), StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
        prune(keep);
      } catch (IOException e) {
        // published all the same; only the history misses this build
        System.getLogger(PublishedBuilds.class.getName()).log(System.Logger.Level.WARNING,
            "published " + buildId + " but could not keep it: " + e.getMessage());
      }
    }
  }

  private static void keepAs(Path building, Path pending) throws IOException {
    Files.deleteIfExists(pending);
    try {
      Files.createLink(pending, building);
    } catch (UnsupportedOperationException | FileSystemException e) {
      Files.copy(building, pending, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  /** The kept builds, newest first (by publication, then id). */
  public List<Kept> kept() {
    Path dir = directory();
    List<Kept> kept = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return kept;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        String id = name.substring(0, name.length() - SUFFIX.length());
        if (BUILD_ID.matcher(id).matches()) {
          try {
            kept.add(new Kept(id, Files.getLastModifiedTime(f).toInstant(), f));
          } catch (IOException e) {
            // removed meanwhile by a newer build's pruning: not kept any more
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    kept.sort(Comparator.comparing(Kept::publishedAt).thenComparing(Kept::buildId).reversed());
    return kept;
  }

  /** The kept build of that id. */
  public Optional<Kept> find(String buildId) {
    return kept().stream().filter(k -> k.buildId().equals(buildId)).findFirst();
  }

  /** The build that was published at {@code time}: the newest kept one published at or before it. */
  public Optional<Kept> asOf(Instant time) {
    return kept().stream().filter(k -> !k.publishedAt().isAfter(time)).findFirst();
  }

  private void prune(int keep) throws IOException {
    List<Kept> kept = kept();
    for (Kept old : kept.subList(Math.min(keep, kept.size()), kept.size())) {
      Files.deleteIfExists(old.file());
    }
  }

  /** Removes what builds killed between keeping and publishing left (call before a build, as for its building file). */
  public void deleteLeftovers() {
    if (!Files.isDirectory(directory())) {
      return;
    }
    try (DirectoryStream<Path> pending = Files.newDirectoryStream(directory(), "*" + PENDING)) {
      for (Path p : pending) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean " + directory(), e);
    }
  }
}
