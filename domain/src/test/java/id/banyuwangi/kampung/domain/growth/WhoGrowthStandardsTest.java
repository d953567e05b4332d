package id.banyuwangi.kampung.domain.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.reference.ReferenceData;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Expected values below were worked out by hand (40-digit arithmetic) from the table rows quoted in the comments:
 * z = ((y/M)^L - 1)/(L S); beyond +/-3 SD (weight scores only) z = +/-3 + (y - SD3)/(SD3 - SD2) on that side, with
 * SDk = M (1 + L S k)^(1/L).
 */
class WhoGrowthStandardsTest {
  private static final WhoGrowthStandards WHO = WhoGrowthStandards.load();
  private static final double NONE = Double.NaN;

  private static GrowthZScores z(Sex sex, int days, double kg, double cm, Position pos) {
    return WHO.zScores(new Measurement(sex, days, kg, cm, pos));
  }

  // ---- the WHO package's own test cases ----

  @Test
  void reproducesEveryAnthroTestVector() {
    List<CSVRecord> rows = ReferenceData.csv("who_growth/test_vectors_anthro_unit.csv");
    assertEquals(6, rows.size());
    for (CSVRecord r : rows) {
      String id = "case " + r.get("case");
      Measurement m =
          new Measurement(
              Sex.fromCode(Integer.parseInt(r.get("sex"))),
              Integer.parseInt(r.get("age_days")),
              number(r.get("weight_kg")),
              number(r.get("lenhei_cm")),
              Position.fromCode(r.get("measure")));
      GrowthZScores z = WHO.zScores(m);
      if (!r.get("clenhei_cm").isEmpty()) {
        assertEquals(Double.parseDouble(r.get("clenhei_cm")), z.adjustedLengthCm(), 1e-9, id + " clenhei");
      }
      Double actual;
      boolean flag;
      switch (r.get("indicator")) {
        case "zlen" -> {
          actual = z.haz();
          flag = z.hazFlag();
        }
        case "zwei" -> {
          actual = z.waz();
          flag = z.wazFlag();
        }
        case "zwfl" -> {
          actual = z.whz();
          flag = z.whzFlag();
        }
        default -> throw new AssertionError(id + ": unknown indicator " + r.get("indicator"));
      }
      // Exact equality: rounded values are the same doubles as the parsed 2-decimal text.
      assertEquals(Double.valueOf(r.get("expected_z")), actual, id);
      if (!r.get("expected_flag").isEmpty()) {
        assertEquals(r.get("expected_flag").equals("1"), flag, id + " flag");
      }
    }
  }

  private static double number(String text) {
    return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
  }

  // ---- age and the 731-day switch ----

  @Test
  void ageIsTheExactDifferenceInDays() {
    // 2024 is a leap year: two years from 28 Feb 2024 are 366 + 365 = 731 days, the first day of the height tables.
    assertEquals(731, WhoGrowthStandards.ageInDays(LocalDate.of(2024, 2, 28), LocalDate.of(2026, 2, 28)));
    assertEquals(0, WhoGrowthStandards.ageInDays(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 2, 28)));
  }

  @Test
  void at731DaysStandingIsNotAdjustedAndLyingLoses07cm() {
    // lhfa boys day 731 (H): L=1 M=87.1303 S=0.03508 -> (87.0/87.1303 - 1)/0.03508 = -0.0426 -> -0.04
    GrowthZScores standing = z(Sex.MALE, 731, 12, 87.0, Position.STANDING);
    assertEquals(87.0, standing.adjustedLengthCm());
    assertEquals(-0.04, standing.haz());
    // lying 87.7 - 0.7 = 87.0: the same height, the same score
    GrowthZScores lying = z(Sex.MALE, 731, 12, 87.7, Position.LYING);
    assertEquals(87.0, lying.adjustedLengthCm(), 1e-12);
    assertEquals(-0.04, lying.haz());
    // WHZ from the HEIGHT table (chosen by age): wfh boys 87.0: L=-0.3521 M=12.1645 S=0.0809
    // ((12/12.1645)^-0.3521 - 1)/(-0.3521*0.0809) = -0.1687 -> -0.17
    assertEquals(-0.17, lying.whz());
    assertEquals(-0.17, standing.whz());
  }

  @Test
  void at730DaysStandingGains07cm() {
    // lhfa boys day 730 (L): M=87.8018 S=0.03479; 87.0 + 0.7 = 87.7 -> (87.7/87.8018 - 1)/0.03479 = -0.0333 -> -0.03
    GrowthZScores z = z(Sex.MALE, 730, 12, 87.0, Position.STANDING);
    assertEquals(87.7, z.adjustedLengthCm(), 1e-12);
    assertEquals(-0.03, z.haz());
    // WHZ from the LENGTH table at 87.7: L=-0.3521 M=12.1645 S=0.0809 (= wfh 87.0, the tables are 0.7 cm apart)
    assertEquals(-0.17, z.whz());
  }

  @Test
  void unknownPositionIsNotAdjusted() {
    assertEquals(87.0, z(Sex.MALE, 731, NONE, 87.0, null).adjustedLengthCm());
    assertEquals(87.0, z(Sex.MALE, 100, NONE, 87.0, null).adjustedLengthCm());
  }

  // ---- standing under 9 months (anthro: age in months = days / 30.4375 < 9) ----

  @Test
  void standingUnderNineMonthsIsNotAdjusted() {
    // 200 days = 6.6 months: position implausible, treated as unknown -> 65.0 stays 65.0.
    // lhfa boys day 200: M=68.5198 S=0.03149 -> (65.0/68.5198 - 1)/0.03149 = -1.6313 -> -1.63 (65.7 would give -1.31)
    GrowthZScores z = z(Sex.MALE, 200, 7, 65.0, Position.STANDING);
    assertTrue(new Measurement(Sex.MALE, 200, 7, 65.0, Position.STANDING).standingUnderNineMonths());
    assertEquals(65.0, z.adjustedLengthCm());
    assertEquals(-1.63, z.haz());
    // wfl boys 65.0: L=-0.3521 M=7.2666 S=0.08223 -> ((7/7.2666)^-0.3521 - 1)/(-0.3521*0.08223) = -0.4576 -> -0.46
    assertEquals(-0.46, z.whz());
    // The 9-month line: 273 days = 8.97 months (not adjusted), 274 days = 9.002 months (adjusted)
    assertEquals(65.0, z(Sex.MALE, 273, NONE, 65.0, Position.STANDING).adjustedLengthCm());
    GrowthZScores nine = z(Sex.MALE, 274, NONE, 65.0, Position.STANDING);
    assertEquals(65.7, nine.adjustedLengthCm(), 1e-12);
    // lhfa boys day 274: M=71.9714 S=0.03117 -> (65.7/71.9714 - 1)/0.03117 = -2.7956 -> -2.80
    assertEquals(-2.80, nine.haz());
  }

  // ---- weight-for-age restricted tails (wfa boys day 365: L=0.0645 M=9.646 S=0.10925) ----
  // SD2pos = 11.98335, SD3pos = 13.34147, SD2neg = 7.74068, SD3neg = 6.92598

  @Test
  void wazBeyondPlus3UsesTheRestrictedTail() {
    // 14 kg: plain z 3.45 > 3 -> 3 + (14 - 13.34147)/(13.34147 - 11.98335) = 3.4849 -> 3.48
    assertEquals(3.48, z(Sex.MALE, 365, 14, NONE, null).waz());
    // 16 kg: 3 + (16 - 13.34147)/1.35812 = 4.9575 -> 4.96 (plain LMS would give 4.71); not flagged (<= 5)
    GrowthZScores z16 = z(Sex.MALE, 365, 16, NONE, null);
    assertEquals(4.96, z16.waz());
    assertFalse(z16.wazFlag());
  }

  @Test
  void wazBeyondMinus3UsesTheRestrictedTail() {
    // 6 kg: plain z -4.28 < -3 -> -3 + (6 - 6.92598)/(7.74068 - 6.92598) = -4.1366 -> -4.14
    assertEquals(-4.14, z(Sex.MALE, 365, 6, NONE, null).waz());
    // 5 kg: -3 + (5 - 6.92598)/0.81470 = -5.3640 -> -5.36: below -5 but the WAZ flag is only < -6
    GrowthZScores z5 = z(Sex.MALE, 365, 5, NONE, null);
    assertEquals(-5.36, z5.waz());
    assertFalse(z5.wazFlag());
  }

  // ---- flags (values are still returned) ----

  @Test
  void flagsImplausibleScoresButKeepsThem() {
    // WAZ 20 kg: 3 + (20 - 13.34147)/1.35812 = 7.9028 -> 7.90 > 5
    GrowthZScores heavy = z(Sex.MALE, 365, 20, NONE, null);
    assertEquals(7.90, heavy.waz());
    assertTrue(heavy.wazFlag());
    // WAZ 4 kg: -3 + (4 - 6.92598)/0.81470 = -6.5915 -> -6.59 < -6
    GrowthZScores light = z(Sex.MALE, 365, 4, NONE, null);
    assertEquals(-6.59, light.waz());
    assertTrue(light.wazFlag());
    // WHZ boys 400 days lying 80.2 (wfl 80.2: L=-0.3521 M=10.4845 S=0.08305; SD2pos 12.44169, SD3pos 13.60804,
    // SD2neg 8.92158, SD3neg 8.25713): 16 kg -> 3 + (16 - 13.60804)/1.16635 = 5.0508 -> 5.05 > 5
    GrowthZScores wide = z(Sex.MALE, 400, 16, 80.2, Position.LYING);
    assertEquals(5.05, wide.whz());
    assertTrue(wide.whzFlag());
    // 6 kg -> -3 + (6 - 8.25713)/0.66446 = -6.3969 -> -6.40
    GrowthZScores thin = z(Sex.MALE, 400, 6, 80.2, Position.LYING);
    assertEquals(-6.40, thin.whz());
    assertTrue(thin.whzFlag());
    assertFalse(thin.hazFlag());
    assertTrue(thin.anyFlag());
  }

  // ---- weight-for-length/height interpolation and table ends ----

  @Test
  void interpolatesLmsBetweenTenthCentimetreRows() {
    // wfl boys 80.2: M=10.4845 S=0.08305; 80.3: M=10.5031 S=0.08304; L=-0.3521 in both.
    // 80.25 is halfway: M=10.4938 S=0.083045 -> ((10/10.4938)^-0.3521 - 1)/(-0.3521*0.083045) = -0.5854 -> -0.59
    // (the rows alone give -0.57 and -0.60)
    assertEquals(-0.59, z(Sex.MALE, 400, 10, 80.25, Position.LYING).whz());
    assertEquals(-0.57, z(Sex.MALE, 400, 10, 80.2, Position.LYING).whz());
    assertEquals(-0.60, z(Sex.MALE, 400, 10, 80.3, Position.LYING).whz());
  }

  @Test
  void lengthTableIsUsedFrom45To110cm() {
    // wfl girls 45.0: L=-0.3833 M=2.4607 S=0.09029; 2.5 kg -> 0.1750 -> 0.17
    assertEquals(0.17, z(Sex.FEMALE, 10, 2.5, 45.0, Position.LYING).whz());
    assertNull(z(Sex.FEMALE, 10, 2.5, 44.9, Position.LYING).whz());
    // wfl girls 110.0: M=18.3324 S=0.09401; 18 kg -> -0.1953 -> -0.20
    assertEquals(-0.20, z(Sex.FEMALE, 700, 18, 110.0, Position.LYING).whz());
    assertNull(z(Sex.FEMALE, 700, 18, 110.1, Position.LYING).whz());
    assertNull(z(Sex.FEMALE, 700, 18, 110.05, Position.LYING).whz());
  }

  @Test
  void heightTableIsUsedFrom65To120cm() {
    // wfh girls 65.0: L=-0.3833 M=7.2402 S=0.09113; 7 kg -> -0.3726 -> -0.37
    assertEquals(-0.37, z(Sex.FEMALE, 800, 7, 65.0, Position.STANDING).whz());
    assertNull(z(Sex.FEMALE, 800, 7, 64.9, Position.STANDING).whz());
    // wfh girls 120.0: M=22.8173 S=0.09828; 22 kg -> -0.3738 -> -0.37
    assertEquals(-0.37, z(Sex.FEMALE, 800, 22, 120.0, Position.STANDING).whz());
    assertNull(z(Sex.FEMALE, 800, 22, 120.1, Position.STANDING).whz());
    // The limits apply to the ADJUSTED height: lying 65.5 at 800 days is 64.8 cm standing -> no WHZ.
    assertNull(z(Sex.FEMALE, 800, 7, 65.5, Position.LYING).whz());
  }

  // ---- what cannot be computed ----

  @Test
  void missingOrOutOfRangeInputsGiveNull() {
    GrowthZScores noWeight = z(Sex.MALE, 400, NONE, 80.0, Position.LYING);
    assertNotNull(noWeight.haz());
    assertNull(noWeight.waz());
    assertNull(noWeight.whz());
    GrowthZScores noLength = z(Sex.MALE, 400, 10, NONE, null);
    assertNull(noLength.haz());
    assertNotNull(noLength.waz());
    assertNull(noLength.whz());
    assertTrue(Double.isNaN(noLength.adjustedLengthCm()));
    // 1826 days (59.99 months) is the last table day; from 1827 days (60.03 months) nothing is computed.
    assertNotNull(z(Sex.FEMALE, 1826, 18, 110.0, Position.STANDING).whz());
    GrowthZScores tooOld = z(Sex.FEMALE, 1827, 18, 110.0, Position.STANDING);
    assertNull(tooOld.haz());
    assertNull(tooOld.waz());
    assertNull(tooOld.whz());
    assertFalse(tooOld.anyFlag());
    assertNull(z(Sex.FEMALE, -1, 3, 50.0, Position.LYING).haz());
  }

  // ---- rounding as R's round(x, 2) ----

  @Test
  void roundsLikeR() {
    assertEquals(0.12, WhoGrowthStandards.roundLikeR(0.125, 2)); // exact tie in binary: to even
    assertEquals(0.38, WhoGrowthStandards.roundLikeR(0.375, 2)); // exact tie: to even (up here)
    assertEquals(2.67, WhoGrowthStandards.roundLikeR(2.675, 2)); // 2.675 is really 2.67499999...
    assertEquals(-2.67, WhoGrowthStandards.roundLikeR(-2.675, 2));
    assertEquals(0.14, WhoGrowthStandards.roundLikeR(0.135, 2)); // 0.135 is really 0.13500000000000000888
    assertEquals(-3.29, WhoGrowthStandards.roundLikeR(-3.2949, 2));
  }
}
