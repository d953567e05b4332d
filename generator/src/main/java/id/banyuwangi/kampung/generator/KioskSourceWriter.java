package id.banyuwangi.kampung.generator;

import id.banyuwangi.kampung.domain.lake.ReasonCode;
import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Kiosk and service events (contract section 1): {@code out/kiosk/<kiosk_id>_<YYYYMMDD>.jsonl.gz}
 * (or {@code .jsonl}), one file per kiosk and day with events, and the ground truth
 * {@code out/_generator/kiosk_faults.csv} ({@code source_file,line_no,kind}; {@code line_no} empty
 * for a truncated file). Kiosks are simulated in parallel, each from its own random streams, so the
 * output does not depend on the number of threads.
 */
public final class KioskSourceWriter implements SourceWriter {
  public static final String SOURCE = "kiosk";
  public static final String TRUTH_FILE = "kiosk_faults.csv";

  /** Read-only state shared by the per-kiosk runs. */
  static final class Shared {
    final GeneratorConfig config;
    final RegionHierarchy regions;
    final CitizenPool citizens;
    final KioskPatterns patterns;
    final Path dir;
    /** Regency-wide requests on an average day. */
    final double requestsPerDay;

    Shared(GenerationContext ctx, Path dir) {
      this.config = ctx.config();
      this.regions = ctx.regions();
      this.citizens = ctx.citizens();
      this.patterns = new KioskPatterns(ctx.services());
      this.dir = dir;
      this.requestsPerDay = config.scale() * KioskPatterns.EVENTS_PER_YEAR
          / KioskPatterns.EVENTS_PER_REQUEST / 365.25;
    }
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public SourceResult write(GenerationContext ctx, Progress progress) throws IOException {
    Path dir = ctx.sourceDir(SOURCE);
    Files.createDirectories(dir);
    Files.createDirectories(ctx.truthDir());
    Shared shared = new Shared(ctx, dir);
    List<Kiosk> kiosks = Kiosk.all(ctx.villages(), ctx.config().seed());
    Map<Integer, KioskFault> forced = forcedFaults(kiosks);

    long days = ctx.config().days();
    progress.start("kiosk", kiosks.size() * days);
    int threads = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "kiosk-generator");
      t.setDaemon(true);
      return t;
    });
    List<KioskRun.Result> results = new ArrayList<>();
    try {
      List<Future<KioskRun.Result>> futures = new ArrayList<>();
      for (Kiosk k : kiosks) {
        futures.add(pool.submit(() -> {
          KioskRun.Result r = new KioskRun(shared, k, forced.get(k.index())).run();
          synchronized (progress) {
            progress.step(days);
          }
          return r;
        }));
      }
      for (Future<KioskRun.Result> f : futures) {
        results.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
      progress.done();
    }
    return summarise(ctx, kiosks, results);
  }

  /**
   * Kiosks spread over the regency, one per kind of {@link KioskFault#ALL}, each get one fault of
   * their kind in their first file, so that even a small run contains every kind (TRUNCATED_FILE
   * goes to a gzip kiosk).
   */
  static Map<Integer, KioskFault> forcedFaults(List<Kiosk> kiosks) {
    Map<Integer, KioskFault> forced = new HashMap<>();
    List<KioskFault> kinds = KioskFault.ALL;
    for (int i = 0; i < kinds.size(); i++) {
      int at = (int) ((i + 0.5) * kiosks.size() / kinds.size());
      while (kinds.get(i).reason() == ReasonCode.TRUNCATED_FILE
          && !kiosks.get(at % kiosks.size()).gzip()) {
        at++;
      }
      forced.put(at % kiosks.size(), kinds.get(i));
    }
    return forced;
  }

  private SourceResult summarise(GenerationContext ctx, List<Kiosk> kiosks,
      List<KioskRun.Result> results) throws IOException {
    long files = 0;
    long lines = 0;
    long truncated = 0;
    long resent = 0;
    long submitted = 0;
    long completed = 0;
    long withinSla = 0;
    long rejected = 0;
    long cancelled = 0;
    long late = 0;
    long orphans = 0;
    long[] channels = new long[3];
    Map<String, Long> byType = new TreeMap<>();
    List<FaultTruth.Row> truth = new ArrayList<>();
    for (KioskRun.Result r : results) {
      files += r.files;
      lines += r.lines;
      truncated += r.truncatedFiles;
      resent += r.resentFiles;
      submitted += r.requestsSubmitted;
      completed += r.requestsCompleted;
      withinSla += r.completedWithinSla;
      rejected += r.requestsRejected;
      cancelled += r.requestsCancelled;
      late += r.lateCompletions;
      orphans += r.warmupOrphanEvents;
      for (int i = 0; i < 3; i++) {
        channels[i] += r.channels[i];
      }
      r.goodEventsByType.forEach((k, v) -> byType.merge(k, v, Long::sum));
      truth.addAll(r.truth);
    }
    Map<String, Long> bad = FaultTruth.write(ctx.truthDir().resolve(TRUTH_FILE), truth);
    Map<String, Number> stats = new LinkedHashMap<>();
    stats.put("kiosks", (long) kiosks.size());
    stats.put("villages", (long) ctx.villages().all().size());
    stats.put("files_truncated", truncated);
    stats.put("files_resent", resent);
    for (String type : List.of(KioskEvent.SUBMITTED, KioskEvent.IN_PROCESS,
        KioskEvent.COMPLETED, KioskEvent.REJECTED, KioskEvent.CANCELLED)) {
      stats.put("good_lines_" + type.toLowerCase(), byType.getOrDefault(type, 0L));
    }
    stats.put("requests_submitted", submitted);
    stats.put("requests_completed", completed);
    stats.put("requests_rejected", rejected);
    stats.put("requests_cancelled", cancelled);
    stats.put("completed_on_a_later_day", late);
    stats.put("completed_within_sla", withinSla);
    stats.put("sla_compliance", completed == 0 ? 0.0 : (double) withinSla / completed);
    stats.put("terminal_events_of_earlier_requests", orphans);
    double all = Math.max(1, submitted);
    stats.put("channel_share_kiosk", channels[0] / all);
    stats.put("channel_share_counter", channels[1] / all);
    stats.put("channel_share_online", channels[2] / all);
    return new SourceResult(SOURCE, files, lines, bad, stats);
  }
}
