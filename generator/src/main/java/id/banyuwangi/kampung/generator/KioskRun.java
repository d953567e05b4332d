package id.banyuwangi.kampung.generator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.banyuwangi.kampung.domain.lake.ReasonCode;
import id.banyuwangi.kampung.domain.person.Nik;
import id.banyuwangi.kampung.domain.service.Service;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Simulates and writes the files of one kiosk, day by day. Requests submitted on a day get all
 * their events at once; each event waits in the bucket of its WIB date and is written with that
 * day's file, so late completions land in later files. Independent of every other kiosk.
 */
final class KioskRun {
  /** Days simulated before {@code from}, so that early files hold completions of older requests. */
  static final int WARMUP_DAYS = 35;
  /** Share of good lines followed by one injected bad line (spread evenly over {@link KioskFault#LINE}). */
  static final double LINE_FAULT_RATE = 0.009;
  /** Per good line of a gzip file: chance that the file is truncated (about 0.1% of lines). */
  static final double TRUNCATION_RATE_PER_LINE = 0.001;
  static final double RESEND_RATE = 0.005;
  static final double RESEND_TRUNCATED_RATE = 0.2;
  static final int FUTURE_YEAR = 2099;
  private static final String[] CHANNELS = {"KIOSK", "COUNTER", "ONLINE"};
  private static final String[] REJECT_REASONS = {"Berkas persyaratan tidak lengkap",
      "Data tidak sesuai dengan Kartu Keluarga", "Pemohon bukan warga desa setempat",
      "Dokumen pendukung sudah tidak berlaku", "Permohonan ganda",
      "Tidak memenuhi kriteria program"};
  private static final String[] CANCEL_REASONS = {"Dibatalkan oleh pemohon",
      "Pemohon tidak datang mengambil", "Salah memilih layanan",
      "Diajukan ulang melalui loket"};
  private static final String[] UNKNOWN_SERVICES = {"SK-DOMISILLI", "SK-KTP-SEMENTARA",
      "PBB-LUNAS", "SURAT-SAKTI", "BANSOS-BLT", "SK-KELAKUAN-BAIK"};
  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
  private static final int RING = 256;

  /** One line of a file: {@code fault} null for a good line. */
  record Line(String text, KioskFault fault, boolean good) {}

  /** What one kiosk wrote. */
  static final class Result {
    long files;
    long lines;
    long truncatedFiles;
    long resentFiles;
    long requestsSubmitted;
    long requestsCompleted;
    long completedWithinSla;
    long requestsRejected;
    long requestsCancelled;
    long lateCompletions;
    long warmupOrphanEvents;
    final long[] channels = new long[3];
    final Map<String, Long> goodEventsByType = new HashMap<>();
    final List<FaultTruth.Row> truth = new ArrayList<>();
  }

  private final KioskSourceWriter.Shared shared;
  private final Kiosk kiosk;
  private final VillageProfile village;
  private final double[] channelCum;
  private KioskFault forced;
  private final Result result = new Result();
  private final Gzip gzip = new Gzip();
  private final List<String> ring = new ArrayList<>();
  private int ringNext;

  KioskRun(KioskSourceWriter.Shared shared, Kiosk kiosk, KioskFault forced) {
    this.shared = shared;
    this.kiosk = kiosk;
    this.village = kiosk.village();
    this.channelCum = Seeds.cumulative(new double[] {village.kioskShare(),
        village.counterShare(), village.onlineShare()});
    this.forced = forced;
  }

  Result run() throws IOException {
    GeneratorConfig c = shared.config;
    Map<Long, List<KioskEvent>> buckets = new HashMap<>();
    double base = shared.requestsPerDay * village.population()
        / VillageProfiles.REGENCY_POPULATION * kiosk.volumeShare();
    LocalDate start = c.from().minusDays(WARMUP_DAYS);
    for (LocalDate d = start; !d.isAfter(c.to()); d = d.plusDays(1)) {
      SplittableRandom r = Seeds.rng(c.seed(), Seeds.KIOSK_DAY, kiosk.key(), d.toEpochDay());
      int n = Seeds.poisson(r, base * KioskPatterns.dayFactor(d));
      boolean inPeriod = !d.isBefore(c.from());
      for (int seq = 1; seq <= n; seq++) {
        request(r, d, seq, inPeriod, buckets);
      }
      List<KioskEvent> today = buckets.remove(d.toEpochDay());
      if (inPeriod && today != null && !today.isEmpty()) {
        writeDay(d, today, n + 1);
      }
    }
    gzip.close();
    return result;
  }

  // ---------------------------------------------------------------- simulation

  private void request(SplittableRandom r, LocalDate d, int seq, boolean inPeriod,
      Map<Long, List<KioskEvent>> buckets) {
    Service svc = shared.patterns.drawService(r, d.getMonthValue());
    String channel = drawChannel(r, d);
    Citizen citizen = drawCitizen(r);
    long t0 = KioskEvent.dayStart(d) + KioskPatterns.submitSecond(r, d, channel);
    String txn = txnId(d, seq);
    Long fee = "PBB-BAYAR".equals(svc.code()) ? pbbAmount(r) : 0L;
    double u = r.nextDouble();
    String terminal = u < village.rejectShare() ? KioskEvent.REJECTED
        : u < village.rejectShare() + 0.05 ? KioskEvent.CANCELLED : KioskEvent.COMPLETED;
    int sla = svc.slaHours();
    double median = sla * village.slaFactor();
    double hours = switch (terminal) {
      case KioskEvent.COMPLETED -> Seeds.lognormal(r, median, 0.9);
      case KioskEvent.REJECTED -> Seeds.lognormal(r, median * 0.6, 0.9);
      default -> Seeds.lognormal(r, Math.max(median, 2) * 1.2, 1.0);
    };
    boolean office = sla >= 24;
    long t2 = t0 + Math.max(60, Math.round(hours * 3600));
    if (office) {
      t2 = officeTime(t2, r);
    }
    double pInProcess = !office ? 0.25 : KioskEvent.CANCELLED.equals(terminal) ? 0.55 : 0.92;
    long t1 = -1;
    if (r.nextDouble() < pInProcess) {
      t1 = t0 + Math.max(30, Math.round(Seeds.lognormal(r, 20 * 60, 1.0)));
      if (office) {
        t1 = officeTime(t1, r);
      }
      if (t1 > t2 - 30) {
        t1 = -1;
      }
    }
    boolean withinSla = t2 - t0 <= sla * 3600L;
    Integer rating = null;
    String reason = null;
    if (KioskEvent.COMPLETED.equals(terminal)) {
      double pRating = switch (channel) {
        case "KIOSK" -> 0.5;
        case "ONLINE" -> 0.4;
        default -> 0.25;
      };
      if (r.nextDouble() < pRating) {
        rating = rating(r, withinSla);
      }
    } else if (KioskEvent.REJECTED.equals(terminal)) {
      if (r.nextDouble() < 0.9) {
        reason = REJECT_REASONS[r.nextInt(REJECT_REASONS.length)];
      }
    } else if (r.nextDouble() < 0.6) {
      reason = CANCEL_REASONS[r.nextInt(CANCEL_REASONS.length)];
    }
    Long terminalFee = "PBB-BAYAR".equals(svc.code()) && KioskEvent.COMPLETED.equals(terminal)
        ? fee : null;
    add(buckets, new KioskEvent(Seeds.uuid(r), txn, KioskEvent.SUBMITTED, t0, svc.code(),
        channel, citizen, fee, null, null));
    if (t1 >= 0) {
      add(buckets, new KioskEvent(Seeds.uuid(r), txn, KioskEvent.IN_PROCESS, t1, null, channel,
          null, null, null, null));
    }
    add(buckets, new KioskEvent(Seeds.uuid(r), txn, terminal, t2, null, channel, null,
        terminalFee, rating, reason));

    GeneratorConfig c = shared.config;
    boolean terminalInPeriod = !KioskEvent.wibDate(t2).isAfter(c.to());
    if (inPeriod) {
      result.requestsSubmitted++;
      result.channels[indexOf(channel)]++;
      if (terminalInPeriod) {
        switch (terminal) {
          case KioskEvent.COMPLETED -> {
            result.requestsCompleted++;
            result.completedWithinSla += withinSla ? 1 : 0;
            result.lateCompletions += KioskEvent.wibDate(t2).isAfter(d) ? 1 : 0;
          }
          case KioskEvent.REJECTED -> result.requestsRejected++;
          default -> result.requestsCancelled++;
        }
      }
    } else if (!KioskEvent.wibDate(t2).isBefore(c.from()) && terminalInPeriod) {
      result.warmupOrphanEvents++;
    }
  }

  private void add(Map<Long, List<KioskEvent>> buckets, KioskEvent e) {
    LocalDate day = e.wibDate();
    if (day.isBefore(shared.config.from()) || day.isAfter(shared.config.to())) {
      return;
    }
    buckets.computeIfAbsent(day.toEpochDay(), k -> new ArrayList<>()).add(e);
  }

  private String drawChannel(SplittableRandom r, LocalDate d) {
    int ch = Seeds.pick(r, channelCum);
    if (ch == 1 && !WorkCalendar.isWorkday(d)) {
      ch = r.nextBoolean() ? 0 : 2; // no counter staff on weekends and holidays
    }
    return CHANNELS[ch];
  }

  private Citizen drawCitizen(SplittableRandom r) {
    int adults = village.adults();
    // A fifth of requests come from a small group of frequent visitors.
    int index = r.nextDouble() < 0.2 ? r.nextInt(Math.max(1, adults / 20)) : r.nextInt(adults);
    return shared.citizens.citizen(village, index);
  }

  private String txnId(LocalDate d, int seq) {
    StringBuilder b = new StringBuilder(32).append("TX-").append(village.code()).append('-');
    KioskEvent.pad(b, kiosk.number(), 2).append('-');
    KioskEvent.pad(b, d.getYear(), 4);
    KioskEvent.pad(b, d.getMonthValue(), 2);
    KioskEvent.pad(b, d.getDayOfMonth(), 2).append('-');
    return KioskEvent.pad(b, seq, 4).toString();
  }

  private static long pbbAmount(SplittableRandom r) {
    return Math.max(5_000, Math.min(5_000_000, Math.round(Seeds.lognormal(r, 42_000, 0.8))));
  }

  private static int rating(SplittableRandom r, boolean withinSla) {
    double[] cum = withinSla ? new double[] {0.02, 0.05, 0.15, 0.50, 1.0}
        : new double[] {0.10, 0.25, 0.55, 0.85, 1.0};
    return 1 + Seeds.pick(r, cum);
  }

  /** Moves a time outside office hours (07:00-16:00 WIB on a working day) to the next opening. */
  private static long officeTime(long t, SplittableRandom r) {
    LocalDate day = KioskEvent.wibDate(t);
    int sec = KioskEvent.secondOfDay(t);
    if (WorkCalendar.isWorkday(day) && sec >= 7 * 3600 && sec < 16 * 3600) {
      return t;
    }
    LocalDate next = WorkCalendar.isWorkday(day) && sec < 7 * 3600 ? day : day.plusDays(1);
    while (!WorkCalendar.isWorkday(next)) {
      next = next.plusDays(1);
    }
    return KioskEvent.dayStart(next) + 7 * 3600 + 1800 + r.nextInt(150 * 60);
  }

  private static int indexOf(String channel) {
    for (int i = 0; i < CHANNELS.length; i++) {
      if (CHANNELS[i].equals(channel)) {
        return i;
      }
    }
    throw new IllegalArgumentException(channel);
  }

  // ---------------------------------------------------------------- one day's file(s)

  private void writeDay(LocalDate d, List<KioskEvent> events, int nextSeq) throws IOException {
    GeneratorConfig c = shared.config;
    SplittableRandom fr = Seeds.rng(c.seed(), Seeds.KIOSK_FAULTS, kiosk.key(), d.toEpochDay());
    events.sort(Comparator.comparingLong(KioskEvent::at).thenComparingInt(KioskEvent::typeOrder)
        .thenComparing(KioskEvent::eventId));

    boolean resend = fr.nextDouble() < RESEND_RATE;
    boolean truncate = kiosk.gzip()
        && fr.nextDouble() < Math.min(0.5, TRUNCATION_RATE_PER_LINE * events.size());
    if (truncate && fr.nextDouble() < RESEND_TRUNCATED_RATE) {
      resend = true;
    }
    resend &= events.size() >= 2;
    // A re-sent day: the first export missed the last 1-3 events, the re-export has them.
    int withheld = resend ? 1 + fr.nextInt(Math.min(3, events.size() - 1)) : 0;
    List<KioskEvent> primary = events.subList(0, events.size() - withheld);
    List<KioskEvent> late = events.subList(events.size() - withheld, events.size());

    List<Line> lines = new ArrayList<>(primary.size() + 4);
    for (KioskEvent e : primary) {
      lines.add(new Line(line(e), null, true));
    }
    List<KioskFault> faults = new ArrayList<>();
    for (int i = 0; i < primary.size(); i++) {
      if (fr.nextDouble() < LINE_FAULT_RATE) {
        faults.add(KioskFault.LINE.get(fr.nextInt(KioskFault.LINE.size())));
      }
    }
    if (forced != null) {
      if (forced.reason() == ReasonCode.TRUNCATED_FILE) {
        truncate = kiosk.gzip();
      } else {
        faults.add(forced);
      }
      forced = null;
    }
    int[] seq = {nextSeq};
    for (KioskFault fault : faults) {
      inject(fault, d, fr, lines, seq);
    }

    String stem = kiosk.id() + "_" + d.format(YYYYMMDD);
    String primaryName = stem + (kiosk.gzip() ? ".jsonl.gz" : ".jsonl");
    int n = lines.size();
    int kept = n;
    if (truncate) {
      kept = n >= 2 ? 1 + fr.nextInt(n - 1) : 0;
    }
    byte[] bytes = kiosk.gzip() ? gzip(lines, truncate ? kept : -1) : plain(lines);
    Files.write(shared.dir.resolve(primaryName), bytes);
    result.files++;
    result.lines += kept;
    if (truncate) {
      result.truncatedFiles++;
      result.truth.add(new FaultTruth.Row(primaryName, 0, ReasonCode.TRUNCATED_FILE.name()));
    }
    for (int i = 0; i < kept; i++) {
      Line l = lines.get(i);
      if (l.fault() != null) {
        result.truth.add(new FaultTruth.Row(primaryName, i + 1, l.fault().kind()));
      } else {
        countGood(l.text());
        remember(l.text());
      }
    }

    if (resend) {
      String resendName = stem + (kiosk.gzip() ? ".jsonl" : ".jsonl.gz");
      List<Line> again = new ArrayList<>(lines);
      for (KioskEvent e : late) {
        again.add(new Line(line(e), null, true));
      }
      Files.write(shared.dir.resolve(resendName), kiosk.gzip() ? plain(again) : gzip(again, -1));
      result.files++;
      result.resentFiles++;
      result.lines += again.size();
      for (int i = 0; i < again.size(); i++) {
        Line l = again.get(i);
        KioskFault fault = l.fault() != null ? l.fault() : i < kept ? KioskFault.DUPLICATE : null;
        if (fault != null) {
          result.truth.add(new FaultTruth.Row(resendName, i + 1, fault.kind()));
        } else {
          countGood(l.text());
        }
      }
    }
  }

  private String line(KioskEvent e) {
    return KioskJson.render(KioskJson.node(e, kiosk, e.wibDate()));
  }

  private void countGood(String text) {
    int i = text.indexOf("\"event_type\":\"") + 14;
    String type = text.substring(i, text.indexOf('"', i));
    result.goodEventsByType.merge(type, 1L, Long::sum);
  }

  private void remember(String text) {
    if (ring.size() < RING) {
      ring.add(text);
    } else {
      ring.set(ringNext, text);
      ringNext = (ringNext + 1) % RING;
    }
  }

  // ---------------------------------------------------------------- faults

  /** Inserts one bad line of the given kind; every bad line carries exactly one fault. */
  private void inject(KioskFault fault, LocalDate d, SplittableRandom fr, List<Line> lines,
      int[] seq) {
    if (fault.duplicate()) {
      if (!ring.isEmpty() && fr.nextBoolean()) {
        // The same event, byte for byte, as in an earlier file of this kiosk.
        String original = ring.get(fr.nextInt(ring.size()));
        lines.add(fr.nextInt(lines.size() + 1), new Line(original, fault, false));
      } else {
        List<Integer> good = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).good()) {
            good.add(i);
          }
        }
        int at = good.get(fr.nextInt(good.size()));
        int pos = at + 1 + fr.nextInt(lines.size() - at);
        lines.add(pos, new Line(lines.get(at).text(), fault, false));
      }
      return;
    }
    KioskEvent phantom = phantom(fr, d, seq[0]++);
    ObjectNode n = KioskJson.node(phantom, kiosk, d);
    String text;
    switch (fault.reason()) {
      case MALFORMED_JSON -> {
        String full = KioskJson.render(n);
        text = full.substring(0, 10 + fr.nextInt(full.length() - 12));
      }
      case UNKNOWN_SCHEMA -> {
        n.put("schema", fr.nextInt(4) == 0 ? "kiosk.v0" : "kiosk.v3");
        text = KioskJson.render(n);
      }
      case MISSING_FIELD -> {
        int which = fr.nextInt(4);
        if (which <= 1) {
          n.remove("channel");
        } else {
          ((ObjectNode) n.get("citizen")).remove(which == 2 ? "sex" : "birth_date");
        }
        text = KioskJson.render(n);
      }
      case INVALID_VALUE -> text = KioskJson.render(invalidValue(fr, phantom, d, n));
      case UNKNOWN_VILLAGE -> {
        n.put("village_code", unknownVillage(fr));
        text = KioskJson.render(n);
      }
      case UNKNOWN_SERVICE -> {
        n.put("service_code", UNKNOWN_SERVICES[fr.nextInt(UNKNOWN_SERVICES.length)]);
        text = KioskJson.render(n);
      }
      case INVALID_NIK -> {
        ((ObjectNode) n.get("citizen")).put("nik", badNik(fr, phantom.citizen().nik()));
        text = KioskJson.render(n);
      }
      case FUTURE_TIMESTAMP -> {
        n.put("event_at", KioskEvent.formatInYear(phantom.at(), FUTURE_YEAR));
        text = KioskJson.render(n);
      }
      default -> throw new IllegalStateException("not a line fault: " + fault.kind());
    }
    lines.add(fr.nextInt(lines.size() + 1), new Line(text, fault, false));
  }

  /** A fresh, otherwise valid SUBMITTED event of a request that exists only in this bad line. */
  private KioskEvent phantom(SplittableRandom fr, LocalDate d, int seq) {
    Service svc = shared.patterns.drawService(fr, d.getMonthValue());
    String channel = drawChannel(fr, d);
    long t0 = KioskEvent.dayStart(d) + KioskPatterns.submitSecond(fr, d, channel);
    long fee = "PBB-BAYAR".equals(svc.code()) ? pbbAmount(fr) : 0L;
    return new KioskEvent(Seeds.uuid(fr), txnId(d, seq), KioskEvent.SUBMITTED, t0, svc.code(),
        channel, drawCitizen(fr), fee, null, null);
  }

  private ObjectNode invalidValue(SplittableRandom fr, KioskEvent p, LocalDate d, ObjectNode n) {
    switch (fr.nextInt(5)) {
      case 0 -> {
        // A terminal event with a type outside the contract.
        KioskEvent done = new KioskEvent(p.eventId(), p.txnId(), "DONE", p.at() + 60, null,
            p.channel(), null, null, null, null);
        return KioskJson.node(done, kiosk, d);
      }
      case 1 -> {
        KioskEvent completed = new KioskEvent(p.eventId(), p.txnId(), KioskEvent.COMPLETED,
            p.at() + 60, null, p.channel(), null, null, fr.nextBoolean() ? 7 : 0, null);
        return KioskJson.node(completed, kiosk, d);
      }
      case 2 -> n.put("channel", fr.nextBoolean() ? "WHATSAPP" : "SMS");
      case 3 -> n.put("fee_idr", -1_000L * (1 + fr.nextInt(50)));
      default -> ((ObjectNode) n.get("citizen")).put("sex", fr.nextBoolean() ? "X" : "W");
    }
    return n;
  }

  /** Ten digits, plausible, but not a village of the hierarchy. */
  private String unknownVillage(SplittableRandom fr) {
    for (int attempt = 0; attempt < 100; attempt++) {
      String code = fr.nextBoolean()
          // a typo'd village part in the same kecamatan
          ? village.districtCode() + (fr.nextBoolean() ? "2" : "1")
              + String.format("%03d", fr.nextInt(1000))
          // a village of the neighbouring regency (Jember, 3509)
          : String.format("3509%02d2%03d", 1 + fr.nextInt(31), 1 + fr.nextInt(20));
      if (!shared.regions.isVillage(code) && shared.regions.find(code).isEmpty()) {
        return code;
      }
    }
    return "3510999999";
  }

  /** A NIK that {@link Nik#isValid} rejects: wrong length, a letter, a bad date or province. */
  static String badNik(SplittableRandom fr, String good) {
    for (int attempt = 0; attempt < 50; attempt++) {
      String bad = switch (fr.nextInt(6)) {
        case 0 -> good.substring(0, 15);
        case 1 -> good + fr.nextInt(10);
        case 2 -> good.substring(0, 12) + "O" + good.substring(13);
        case 3 -> good.substring(0, 6) + String.format("%02d", fr.nextBoolean() ? 0 : 32)
            + good.substring(8);
        case 4 -> good.substring(0, 8) + "13" + good.substring(10);
        default -> (fr.nextBoolean() ? "99" : "20") + good.substring(2);
      };
      if (!Nik.isValid(bad)) {
        return bad;
      }
    }
    return good.substring(0, 14);
  }

  // ---------------------------------------------------------------- bytes

  private static byte[] plain(List<Line> lines) {
    StringBuilder b = new StringBuilder(lines.size() * 320);
    for (Line l : lines) {
      b.append(l.text()).append('\n');
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private byte[] gzip(List<Line> lines, int keep) {
    List<String> texts = new ArrayList<>(lines.size());
    for (Line l : lines) {
      texts.add(l.text());
    }
    return gzip.lines(texts, keep);
  }
}
