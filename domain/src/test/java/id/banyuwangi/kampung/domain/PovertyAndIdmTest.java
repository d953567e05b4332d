package id.banyuwangi.kampung.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.banyuwangi.kampung.domain.development.IdmStatus;
import id.banyuwangi.kampung.domain.poverty.PovertyLines;
import id.banyuwangi.kampung.domain.reference.ReferenceData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PovertyAndIdmTest {
  @Test
  void shippedPovertyLinesAreThePublishedOnes() {
    assertEquals(448_928L, PovertyLines.shipped().forYear(2023).orElseThrow());
    assertEquals(470_713L, PovertyLines.shipped().forYear(2024).orElseThrow());
    for (CSVRecord r : ReferenceData.csv("bps/banyuwangi_poverty.csv")) {
      String line = r.get("poverty_line_rp_per_capita_month");
      if (!line.isEmpty()) {
        assertEquals(Long.parseLong(line), PovertyLines.shipped().forYear(Integer.parseInt(r.get("year"))).orElseThrow());
      }
    }
  }

  @Test
  void povertyLinesCanBeOverridden(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("lines.csv");
    Files.writeString(f, "year,poverty_line_idr_per_capita_month\n2024,480000\n2025,490000\n");
    PovertyLines lines = PovertyLines.shippedWith(f);
    assertEquals(480_000L, lines.forYear(2024).orElseThrow());
    assertEquals(490_000L, lines.forYear(2025).orElseThrow());
    assertEquals(448_928L, lines.forYear(2023).orElseThrow());
  }

  @Test
  void idmBandsFollowThePublishedThresholds() {
    assertEquals(IdmStatus.SANGAT_TERTINGGAL, IdmStatus.of(0.4907));
    assertEquals(IdmStatus.TERTINGGAL, IdmStatus.of(0.49071));
    assertEquals(IdmStatus.TERTINGGAL, IdmStatus.of(0.5989));
    assertEquals(IdmStatus.BERKEMBANG, IdmStatus.of(0.7072));
    assertEquals(IdmStatus.MAJU, IdmStatus.of(0.8155));
    assertEquals(IdmStatus.MANDIRI, IdmStatus.of(0.81551));
    for (CSVRecord r : ReferenceData.csv("idm/idm_status_thresholds.csv")) {
      String upper = r.get("idm_upper_inclusive");
      if (!upper.isEmpty()) {
        assertEquals(r.get("status"), IdmStatus.of(Double.parseDouble(upper)).nameId());
      }
    }
  }

  @Test
  void aScoreExactlyOnABoundStaysInTheLowerBand() {
    // in binary floating point (0.4907 * 3) / 3 is 0.49070000000000003, which would be Tertinggal
    assertEquals(0.4907, IdmStatus.score(0.4907, 0.4907, 0.4907));
    assertEquals(IdmStatus.SANGAT_TERTINGGAL, IdmStatus.of(IdmStatus.score(0.4907, 0.4907, 0.4907)));
    assertEquals(IdmStatus.MAJU, IdmStatus.of(IdmStatus.score(0.8155, 0.8155, 0.8155)));
    assertEquals((0.9 + 0.8 + 0.7) / 3, IdmStatus.score(0.9, 0.8, 0.7), 1e-12);
  }
}
