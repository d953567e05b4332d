package id.banyuwangi.kampung.reports.planner;

import static id.banyuwangi.kampung.reports.planner.ReportWarehouse.CATALOG;
import static id.banyuwangi.kampung.reports.planner.ReportWarehouse.PESANGGARAN;
import static id.banyuwangi.kampung.reports.planner.ReportWarehouse.REGENCY;
import static id.banyuwangi.kampung.reports.planner.ReportWarehouse.SARONGAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.indicator.Direction;
import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.Targets;
import id.banyuwangi.kampung.reports.Lang;
import id.banyuwangi.kampung.reports.planner.ReportWarehouse.Expected;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The first page's sentences, read back from the PDF with PDFBox: every number they cite is
 * parsed out of the text and compared with the warehouse's public values (plain SQL), every change
 * with the two years' values, every "better"/"worse" with the indicator's direction, every target
 * with targets.csv, and every best and worst area with the areas it was ranked among; a hidden
 * value is never cited.
 */
class BriefSentencesTest {
  private static final String NUM = "-?\\d{1,3}(?:\\.\\d{3})*(?:,\\d+)?";
  private static final String VAL = "(?:Rp )?" + NUM + "(?:%| jam)?";
  private static final String CHANGE = "(?:Rp )?" + NUM + "(?: poin| jam)?";
  private static final String TAIL = "(?: Target (\\d{4}): (" + VAL + ") \\((tercapai|belum tercapai); "
      + "(?:(" + CHANGE + ") di (atas|bawah) target|sama dengan target)\\)\\.)?"
      + "(?: Terbaik \\((terendah|tertinggi)\\): (.*?); terburuk \\((?:tertinggi|terendah)\\): (.*?)\\.)?"
      + "(?: (\\d+) (?:kecamatan|desa/kelurahan) disamarkan\\.)?";
  private static final Pattern PAIR = Pattern.compile("(?:Kecamatan |Desa/Kelurahan )?([^,()]+?) \\((" + VAL + ")\\)");

  private int sentences;
  private int ranked;
  private int changes;
  private int targets;

  @Test
  void everyNumberOfPageOneIsThePublicValueItCites() throws Exception {
    check(REGENCY);
    check(PESANGGARAN);
    check(SARONGAN);
    assertTrue(sentences >= 12, "sentences checked: " + sentences);
    assertTrue(ranked >= 2, "sentences naming best and worst areas: " + ranked);
    assertTrue(changes >= 1, "sentences with a change against last year: " + changes);
    assertTrue(targets >= 2, "sentences with the gap to a target: " + targets);
  }

  @Test
  void theEnglishBriefCitesTheSameValuesInEnglishNotation() throws Exception {
    String page1 = ReportWarehouse.pdfText(PlannerReportTest.write(REGENCY, ReportFormat.PDF, Lang.EN), 1, 1)
        .replaceAll("\\s+", " ");
    String highlights = page1.substring(page1.indexOf("Highlights by domain"));
    Map<String, Expected> now = ReportWarehouse.expected(REGENCY);
    String value = "(?:Rp )?-?\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?(?:%| hours)?";
    int cited = 0;
    for (Indicator ind : CATALOG.all()) {
      Matcher m = Pattern.compile(Pattern.quote(ind.nameEn()) + " (?:(?:rose|fell) \\S+(?: points| hours)? to (" + value
          + ") in |unchanged at (" + value + ") in |\\S+: (" + value + ")\\.)").matcher(highlights);
      while (m.find()) {
        String shown = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        double number = Double.parseDouble(shown.replaceAll("[^0-9.\\-]", ""));
        assertClose(ind, now.get(ind.code()).value(), number, "English: " + m.group());
        cited++;
      }
    }
    assertTrue(cited >= 6, "English sentences with a value: " + cited + " in " + highlights);
    assertFalse(highlights.contains("Terbaik") || highlights.contains("naik"), "no Indonesian left: " + highlights);
  }

  private void check(String area) throws Exception {
    String page1 = ReportWarehouse.pdfText(PlannerReportTest.write(area, ReportFormat.PDF, Lang.ID), 1, 1)
        .replaceAll("\\s+", " ");
    int start = page1.indexOf("Sorotan per bidang");
    assertTrue(start > 0, "page 1 has the highlights: " + page1);
    String highlights = page1.substring(start);
    Map<String, Expected> now = ReportWarehouse.expected(area);
    Map<String, Expected> before = ReportWarehouse.expected(area, "2023", "2023/2024");
    Map<String, String> children = ReportWarehouse.childNames(area);
    int found = 0;
    for (Indicator ind : CATALOG.all()) {
      Matcher m = sentence(ind).matcher(highlights);
      while (m.find()) {
        found++;
        checkSentence(area, ind, m, now.get(ind.code()), before.get(ind.code()), children);
      }
    }
    assertTrue(found >= 4, area + ": sentences found " + found + " in " + highlights);
    sentences += found;
  }

  private static Pattern sentence(Indicator ind) {
    return Pattern.compile(Pattern.quote(ind.nameId()) + " (?:"
        + "(naik|turun) (" + CHANGE + ") menjadi (" + VAL + ") pada (\\S+) \\((membaik|memburuk); (\\S+): (" + VAL + ")\\)"
        + "|tetap (" + VAL + ") pada (\\S+) \\((\\S+): (" + VAL + ")\\)"
        + "|(\\S+): (" + VAL + ")"
        + "|(\\S+): disamarkan \\(sel kecil\\), tidak dikutip)\\." + TAIL);
  }

  private void checkSentence(String area, Indicator ind, Matcher m, Expected now, Expected before,
      Map<String, String> children) throws Exception {
    String what = area + " " + ind.code() + ": " + m.group();
    assertNotNull(now, what);
    if (m.group(14) != null) {
      assertTrue(now.suppressed(), "said hidden only when it is: " + what);
      return;
    }
    assertFalse(now.suppressed(), "a hidden value is never cited: " + what);
    Double value = number(m.group(3) != null ? m.group(3) : m.group(8) != null ? m.group(8) : m.group(13));
    assertClose(ind, now.value(), value, what);
    if (m.group(1) != null || m.group(8) != null) {
      changes++;
      assertFalse(before.suppressed(), what);
      assertClose(ind, before.value(), number(m.group(1) != null ? m.group(7) : m.group(11)), what);
      if (m.group(1) != null) {
        double change = now.value() - before.value();
        assertClose(ind, Math.abs(change), number(m.group(2)), what);
        assertEquals(change > 0, m.group(1).equals("naik"), what);
        boolean better = (change > 0) == (ind.direction() == Direction.HIGHER_IS_BETTER);
        assertEquals(better, m.group(5).equals("membaik"), what);
      }
    }
    if (m.group(15) != null) {
      Targets.Target target = Targets.standard().find(ind.code(), Integer.parseInt(m.group(15))).orElseThrow();
      assertClose(ind, target.value(), number(m.group(16)), what);
      boolean met = ind.direction() == Direction.LOWER_IS_BETTER ? now.value() <= target.value() : now.value() >= target.value();
      assertEquals(met, m.group(17).equals("tercapai"), what);
      double gap = now.value() - target.value();
      if (m.group(18) == null) {
        assertClose(ind, 0, gap, "same as the target: " + what);
      } else {
        targets++;
        assertClose(ind, Math.abs(gap), number(m.group(18)), "gap to the target: " + what);
        assertEquals(gap > 0, m.group(19).equals("atas"), what);
      }
    }
    if (m.group(20) != null) {
      ranked++;
      assertEquals(ind.direction() == Direction.LOWER_IS_BETTER, m.group(20).equals("terendah"), what);
      checkRanking(ind, pairs(m.group(21)), pairs(m.group(22)), children, what);
    }
    if (m.group(20) != null || m.group(23) != null) {
      // the ranked sentence of a chapter says how many child areas were left out as hidden
      long hiddenChildren = 0;
      for (String child : children.keySet()) {
        Expected e = ReportWarehouse.expected(child).get(ind.code());
        hiddenChildren += e != null && e.suppressed() ? 1 : 0;
      }
      assertEquals(hiddenChildren, m.group(23) == null ? 0 : Long.parseLong(m.group(23)), "hidden children: " + what);
    }
  }

  /** The named best and worst areas carry their own values and are the best and worst of the published ones. */
  private static void checkRanking(Indicator ind, List<String[]> best, List<String[]> worst, Map<String, String> children,
      String what) throws Exception {
    List<Double> published = new ArrayList<>();
    for (Map.Entry<String, String> child : children.entrySet()) {
      Expected e = ReportWarehouse.expected(child.getKey()).get(ind.code());
      if (e != null && !e.suppressed() && e.value() != null) {
        published.add(goodness(ind, e.value()));
      }
    }
    published.sort(null);
    assertEquals(best.size(), worst.size(), what);
    assertTrue(best.size() == Math.min(3, published.size() / 2), what);
    for (int i = 0; i < best.size(); i++) {
      double b = cited(ind, best.get(i), children, what);
      double w = cited(ind, worst.get(i), children, what);
      assertEquals(published.get(published.size() - 1 - i), goodness(ind, b), 1e-9, "best #" + (i + 1) + ": " + what);
      assertEquals(published.get(i), goodness(ind, w), 1e-9, "worst #" + (i + 1) + ": " + what);
    }
  }

  /** The child's own published value, which the text must show (rounded to the catalog's decimals). */
  private static double cited(Indicator ind, String[] pair, Map<String, String> children, String what) throws Exception {
    String code = children.entrySet().stream().filter(c -> c.getValue().equals(pair[0])).map(Map.Entry::getKey)
        .findFirst().orElseThrow(() -> new AssertionError("unknown area " + pair[0] + ": " + what));
    Expected e = ReportWarehouse.expected(code).get(ind.code());
    assertFalse(e.suppressed(), "a hidden value is never ranked: " + what);
    assertClose(ind, e.value(), number(pair[1]), what);
    return e.value();
  }

  /** Larger is better, whatever the direction. */
  private static double goodness(Indicator ind, double value) {
    return ind.direction() == Direction.LOWER_IS_BETTER ? -value : value;
  }

  private static List<String[]> pairs(String list) {
    List<String[]> pairs = new ArrayList<>();
    Matcher m = PAIR.matcher(list);
    while (m.find()) {
      pairs.add(new String[] {m.group(1).replaceFirst("^(dan|, ) ?", "").strip(), m.group(2)});
    }
    return pairs;
  }

  /** "Rp 1.250.000" -> 1250000, "17,90%" -> 17.9, "3,4 poin" -> 3.4. */
  private static double number(String shown) {
    String n = shown.replace("Rp ", "").replace("%", "").replace(" poin", "").replace(" jam", "");
    return Double.parseDouble(n.replace(".", "").replace(",", "."));
  }

  private static void assertClose(Indicator ind, double expected, double shown, String what) {
    assertEquals(expected, shown, 0.5 * Math.pow(10, -ind.decimals()) + 1e-9, what);
  }
}
