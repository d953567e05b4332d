package id.banyuwangi.kampung.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.banyuwangi.kampung.domain.lake.ReasonCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FaultTruthTest {
  @Test
  void theKindsAreTheReasonCodesAndTheDuplicateEachOnce() {
    List<String> all = FaultTruth.allKinds();
    Set<String> expected = new TreeSet<>(Stream.of(ReasonCode.values()).map(ReasonCode::name).toList());
    expected.add(KioskFault.DUPLICATE_EVENT);
    assertEquals(expected, new TreeSet<>(all));
    assertEquals(expected.size(), all.size());
    assertFalse(ReasonCode.csv().stream().map(ReasonCode::name).toList().contains(KioskFault.DUPLICATE_EVENT));
  }

  @Test
  void eachSourceListsItsReasonCodesInDeclarationOrder() {
    List<String> kiosk = new ArrayList<>();
    List<String> csv = new ArrayList<>();
    for (ReasonCode c : ReasonCode.values()) {
      if (c.usedBy("kiosk")) {
        kiosk.add(c.name());
      }
      if (c.usedBy("csv")) {
        csv.add(c.name());
      }
    }
    kiosk.add(KioskFault.DUPLICATE_EVENT);
    assertEquals(kiosk, FaultTruth.kinds(KioskSourceWriter.SOURCE));
    assertEquals(csv, FaultTruth.kinds(PopulationSourceWriter.SOURCE));
    // The summary: the kiosk's kinds, then the CSV-only codes, then the file-level ones (counted
    // as zero by the generator: the contract names bad records, not bad files).
    List<String> summary = new ArrayList<>(kiosk);
    csv.stream().filter(k -> !summary.contains(k)).forEach(summary::add);
    Stream.of(ReasonCode.values()).map(ReasonCode::name).filter(k -> !summary.contains(k)).forEach(summary::add);
    assertEquals(summary, FaultTruth.allKinds());
  }
}
