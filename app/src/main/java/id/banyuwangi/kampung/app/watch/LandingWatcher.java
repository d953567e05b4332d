package id.banyuwangi.kampung.app.watch;

import id.banyuwangi.kampung.ingestion.SourceLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sees source files land under a source root: a new complete file ({@link SourceLayout}: renamed
 * into place, not hidden or temporary) or one re-sent with another size or time. The
 * {@link WatchService} wakes it as soon as a name appears; a periodic scan of the source
 * directories catches what events miss (an overflow, a network filesystem without events, a source
 * directory created later).
 */
public final class LandingWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LandingWatcher.class);

  /** The files that landed together: {@code <source dir>/<name>}, with when the first and last were seen. */
  public record Batch(java.util.SortedSet<String> files, Instant firstSeen, Instant lastSeen) {}

  private record State(long size, long modifiedMillis) {}

  private final Path root;
  private final Duration scanEvery;
  private final WatchService watch;
  private final Map<WatchKey, String> dirOf = new HashMap<>(); // "" for the root
  private final Map<String, State> known = new HashMap<>();
  private Instant nextScan;

  /** Watches {@code root}; what is there now counts as seen. */
  public LandingWatcher(Path root, Duration scanEvery) {
    this(root, scanEvery, true);
  }

  /** With {@code events} false, the periodic scan alone (as on a filesystem that sends no events). */
  LandingWatcher(Path root, Duration scanEvery, boolean events) {
    this.root = root.toAbsolutePath();
    this.scanEvery = scanEvery;
    try {
      this.watch = events ? FileSystems.getDefault().newWatchService() : null;
      if (events) {
        dirOf.put(this.root.register(watch, StandardWatchEventKinds.ENTRY_CREATE), "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch " + root, e);
    }
    scan();
  }

  /**
   * Blocks until a file lands, then gathers files until none has landed for {@code quiet} (a day's
   * files arrive over a few seconds) or {@code maxWait} has passed since the first.
   */
  public Batch next(Duration quiet, Duration maxWait) throws InterruptedException {
    Map<String, Instant> landed = new LinkedHashMap<>();
    Instant first = null;
    Instant last = null;
    while (true) {
      Instant now = Instant.now();
      if (now.isAfter(nextScan)) {
        scan().forEach(f -> landed.putIfAbsent(f, Instant.now()));
      }
      if (!landed.isEmpty()) {
        first = landed.values().stream().min(Instant::compareTo).orElseThrow();
        last = landed.values().stream().max(Instant::compareTo).orElseThrow();
        if (!now.isBefore(last.plus(quiet)) || !now.isBefore(first.plus(maxWait))) {
          return new Batch(new TreeSet<>(landed.keySet()), first, last);
        }
      }
      Instant wakeAt = landed.isEmpty() ? nextScan : min(last.plus(quiet), first.plus(maxWait));
      long waitMillis = Math.max(1, Duration.between(Instant.now(), min(wakeAt, nextScan)).toMillis());
      if (watch == null) {
        Thread.sleep(waitMillis);
        continue;
      }
      WatchKey key;
      try {
        key = watch.poll(waitMillis, TimeUnit.MILLISECONDS);
      } catch (ClosedWatchServiceException e) {
        throw new InterruptedException("watcher closed");
      }
      if (key != null) {
        events(key).forEach(f -> landed.putIfAbsent(f, Instant.now()));
      }
    }
  }

  /** The files an event key names that are new or changed; a new source directory is registered and scanned. */
  private java.util.List<String> events(WatchKey key) {
    java.util.List<String> changed = new java.util.ArrayList<>();
    String dir = dirOf.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        changed.addAll(scan());
        continue;
      }
      String name = event.context().toString();
      if (dir == null) {
        continue;
      }
      if (dir.isEmpty()) {
        if (SourceLayout.directories().contains(name)) {
          changed.addAll(scanDir(name)); // registers it
        }
      } else if (SourceLayout.isSourceFile(dir, name) && changed(dir, name)) {
        changed.add(dir + "/" + name);
      }
    }
    if (!key.reset()) {
      dirOf.remove(key); // the directory went away
    }
    return changed;
  }

  /** Every source directory listed: the files new or changed since last seen. */
  private java.util.List<String> scan() {
    java.util.List<String> changed = new java.util.ArrayList<>();
    for (String dir : SourceLayout.directories()) {
      changed.addAll(scanDir(dir));
    }
    nextScan = Instant.now().plus(scanEvery);
    return changed;
  }

  private java.util.List<String> scanDir(String dir) {
    Path path = root.resolve(dir);
    java.util.List<String> changed = new java.util.ArrayList<>();
    if (!Files.isDirectory(path)) {
      return changed;
    }
    register(path, dir);
    try (Stream<Path> files = Files.list(path)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = f.getFileName().toString();
        if (SourceLayout.isSourceFile(dir, name) && changed(dir, name)) {
          changed.add(dir + "/" + name);
        }
      }
    } catch (IOException e) {
      LOG.warn("cannot list {}: {}", path, e.getMessage());
    }
    return changed;
  }

  private void register(Path path, String dir) {
    if (watch == null || dirOf.containsValue(dir)) {
      return;
    }
    try {
      dirOf.put(path.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY), dir);
    } catch (IOException e) {
      LOG.warn("cannot watch {} (the periodic scan still sees it): {}", path, e.getMessage());
    }
  }

  /** Records the file's size and time; whether they differ from what was last seen. */
  private boolean changed(String dir, String name) {
    String key = dir + "/" + name;
    try {
      BasicFileAttributes a = Files.readAttributes(root.resolve(dir).resolve(name), BasicFileAttributes.class);
      State now = new State(a.size(), a.lastModifiedTime().toMillis());
      return !now.equals(known.put(key, now));
    } catch (NoSuchFileException e) {
      known.remove(key); // gone again (renamed on): nothing to read
      return false;
    } catch (IOException e) {
      LOG.warn("cannot stat {}: {}", key, e.getMessage());
      return false;
    }
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  @Override
  public void close() {
    if (watch == null) {
      return;
    }
    try {
      watch.close();
    } catch (IOException e) {
      LOG.debug("closing the watch service: {}", e.getMessage());
    }
  }
}
