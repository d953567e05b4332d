package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import id.banyuwangi.kampung.domain.service.Service;
import id.banyuwangi.kampung.domain.service.ServiceCatalog;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * A quick test-scope generator of simple, valid kiosk files for measuring the job (the real,
 * contract-conformant generator lives in the generator module). Each request is SUBMITTED,
 * IN_PROCESS and COMPLETED within its file.
 */
final class SyntheticKioskFiles {
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private final List<Area> villages = RegionHierarchy.banyuwangi().villages();
  private final List<Service> services = ServiceCatalog.standard().all();

  /**
   * Writes {@code files} gzip files of {@code linesPerFile} lines, spread over the days from
   * {@code first} (one file per kiosk per day), under {@code source/kiosk}.
   *
   * @return lines written
   */
  long write(Path source, LocalDate first, int days, int files, int linesPerFile, long seed) throws IOException {
    Path dir = Files.createDirectories(source.resolve("kiosk"));
    Random random = new Random(seed);
    long lines = 0;
    for (int f = 0; f < files; f++) {
      LocalDate day = first.plusDays((long) f * days / files);
      Area village = villages.get(f % villages.size());
      String kiosk = "KSK-" + village.code() + "-0" + (1 + f / villages.size() % 9);
      String name = kiosk + "_" + day.format(DAY) + ".jsonl.gz";
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name)), 1 << 16);
          Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
        int written = 0;
        for (int t = 0; written < linesPerFile; t++) {
          String txn = "T-" + seed + "-" + f + "-" + t;
          LocalDateTime at = day.atTime(7, 0).plusMinutes(random.nextInt(600));
          Service service = services.get(random.nextInt(services.size()));
          boolean woman = random.nextBoolean();
          LocalDate birth = LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28));
          String nik = "351001" + String.format("%02d%02d%02d", birth.getDayOfMonth() + (woman ? 40 : 0),
              birth.getMonthValue(), birth.getYear() % 100) + String.format("%04d", random.nextInt(10000));
          String[] types = {"SUBMITTED", "IN_PROCESS", "COMPLETED"};
          for (int k = 0; k < types.length && written < linesPerFile; k++, written++) {
            StringBuilder b = new StringBuilder(320);
            b.append("{\"schema\":\"kiosk.v2\",\"event_id\":\"").append(txn).append('-').append(k)
                .append("\",\"txn_id\":\"").append(txn).append("\",\"kiosk_id\":\"").append(kiosk)
                .append("\",\"village_code\":\"").append(village.code()).append("\",\"event_type\":\"")
                .append(types[k]).append("\",\"event_at\":\"").append(at.plusHours(k * 2L)).append(":00+07:00\"");
            if (k == 0) {
              b.append(",\"service_code\":\"").append(service.code()).append("\",\"channel\":\"KIOSK\"")
                  .append(",\"citizen\":{\"nik\":\"").append(nik).append("\",\"sex\":\"").append(woman ? "P" : "L")
                  .append("\",\"birth_date\":\"").append(birth).append("\"},\"fee_idr\":0");
            }
            if (k == 2) {
              b.append(",\"rating\":").append(1 + random.nextInt(5));
            }
            b.append(",\"device\":{\"app_version\":\"2.3.1\",\"uptime_s\":").append(random.nextInt(100000)).append("}}\n");
            w.write(b.toString());
          }
        }
        lines += written;
      }
    }
    return lines;
  }
}
