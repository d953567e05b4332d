package id.banyuwangi.kampung.reports.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import id.banyuwangi.kampung.reports.Lang;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChoroplethMapTest {
  private final Indicator stunting = IndicatorCatalog.standard().find("STUNTING_PREVALENCE").orElseThrow();
  private final Indicator sla = IndicatorCatalog.standard().find("SLA_COMPLIANCE").orElseThrow();

  /** 25 kecamatan: the third hidden, the fifth without data, the others 10.0, 10.5, ... */
  private static List<MapValue> kecamatanValues() {
    List<MapValue> values = new ArrayList<>();
    List<Area> districts = RegionHierarchy.banyuwangi().districts();
    for (int i = 0; i < districts.size(); i++) {
      if (i != 4) {
        values.add(new MapValue(districts.get(i).code(), 10.0 + i * 0.5, 100.0 + i, i == 2));
      }
    }
    return values;
  }

  @Test
  void theRegencyMapDrawsEveryKecamatanWithHiddenCellsHatchedAndLabelledAndALegend() throws Exception {
    String svg = ChoroplethMap.of(stunting, Lang.ID).svg("Prevalensi Stunting per Kecamatan, 2024", Boundaries.kecamatan(),
        kecamatanValues());
    save("map-kecamatan.svg", svg);
    Document doc = parse(svg);
    List<Element> areas = areas(doc);
    assertEquals(25, areas.size());
    assertEquals(RegionHierarchy.banyuwangi().districts().stream().map(Area::code).sorted().toList(),
        areas.stream().map(a -> a.getAttribute("data-area")).sorted().toList());
    for (Element a : areas) {
      assertEquals(1, a.getElementsByTagName("path").getLength(), "one path per kecamatan");
      assertTrue(path(a).getAttribute("d").startsWith("M"));
    }
    Element hidden = area(areas, RegionHierarchy.banyuwangi().districts().get(2).code());
    assertEquals("area suppressed", hidden.getAttribute("class"));
    assertEquals("url(#hatch-STUNTING_PREVALENCE)", path(hidden).getAttribute("fill"));
    assertTrue(doc.getElementById("hatch-STUNTING_PREVALENCE") != null || svg.contains("<pattern id=\"hatch-STUNTING_PREVALENCE\""));
    assertTrue(title(hidden).endsWith("disamarkan: kurang dari 5 yang dihitung"), title(hidden));
    assertEquals(1, count(doc, "g", "labels", "disamarkan"), "the hidden kecamatan is labelled on the map");
    Element empty = area(areas, RegionHierarchy.banyuwangi().districts().get(4).code());
    assertEquals("area nodata", empty.getAttribute("class"));
    assertEquals(MapPalette.NO_DATA, path(empty).getAttribute("fill"));

    // tooltip: name, value in Indonesian notation and the count
    Area first = RegionHierarchy.banyuwangi().districts().get(0);
    assertEquals("Kec. " + first.name() + ": 10,00% (100 anak)", title(area(areas, first.code())));

    // legend: five classes, highest first, and the better end (lower stunting) marked
    NodeList classes = byClass(doc, "legend-class");
    assertEquals(5, classes.getLength());
    String lowestClass = ((Element) classes.item(4)).getTextContent();
    assertTrue(lowestClass.startsWith("10,00%") && lowestClass.endsWith("(lebih baik)"), lowestClass);
    assertEquals("disamarkan", byClass(doc, "legend-suppressed").item(0).getTextContent());
    assertEquals("tidak ada data", byClass(doc, "legend-nodata").item(0).getTextContent());

    // lower is better: the lowest value is the darkest blue, the highest the lightest
    List<Element> valued = areas.stream().filter(a -> a.getAttribute("class").equals("area valued"))
        .sorted(Comparator.comparingDouble(a -> Double.parseDouble(a.getAttribute("data-value")))).toList();
    assertEquals(23, valued.size());
    assertEquals("#253494", path(valued.get(0)).getAttribute("fill"));
    assertEquals("#ffffcc", path(valued.get(valued.size() - 1)).getAttribute("fill"));
  }

  @Test
  void higherIsBetterPutsTheDarkestBlueOnTheHighestValueAndEnglishWritesEnglish() throws Exception {
    Document doc = parse(ChoroplethMap.of(sla, Lang.EN)
        .svg("SLA compliance by kecamatan", Boundaries.kecamatan(), kecamatanValues()));
    List<Element> valued = areas(doc).stream().filter(a -> a.getAttribute("class").equals("area valued"))
        .sorted(Comparator.comparingDouble(a -> Double.parseDouble(a.getAttribute("data-value")))).toList();
    assertEquals("#253494", path(valued.get(valued.size() - 1)).getAttribute("fill"));
    assertEquals("#ffffcc", path(valued.get(0)).getAttribute("fill"));
    Area first = RegionHierarchy.banyuwangi().districts().get(0);
    assertEquals("Kec. " + first.name() + ": 10.00% (100 requests)", title(area(areas(doc), first.code())));
    assertEquals("hidden", byClass(doc, "legend-suppressed").item(0).getTextContent());
    assertTrue(((Element) byClass(doc, "legend-class").item(0)).getTextContent().endsWith("(better)"));
  }

  @Test
  void aKecamatanMapDrawsItsVillagesAndEachValueFallsInItsLegendClass() throws Exception {
    List<Area> villages = RegionHierarchy.banyuwangi().children("351001");
    List<MapValue> values = new ArrayList<>();
    Map<String, Double> given = new HashMap<>();
    for (int i = 0; i < villages.size(); i++) {
      double v = 20 + 7 * i;
      values.add(new MapValue(villages.get(i).code(), v, 40.0, false));
      given.put(villages.get(i).code(), v);
    }
    String svg = ChoroplethMap.of(stunting, Lang.ID).svg("Kec. Pesanggaran", Boundaries.villagesOf("351001"), values);
    save("map-pesanggaran.svg", svg);
    Document doc = parse(svg);
    List<Element> areas = areas(doc);
    assertEquals(villages.stream().map(Area::code).toList(), areas.stream().map(a -> a.getAttribute("data-area")).toList());
    NodeList classes = byClass(doc, "legend-class");
    for (Element a : areas) {
      double v = given.get(a.getAttribute("data-area"));
      assertEquals(v, Double.parseDouble(a.getAttribute("data-value")));
      int holding = 0;
      for (int i = 0; i < classes.getLength(); i++) {
        Element c = (Element) classes.item(i);
        double lower = Double.parseDouble(c.getAttribute("data-lower"));
        double upper = Double.parseDouble(c.getAttribute("data-upper"));
        boolean inside = (i == classes.getLength() - 1 ? v >= lower : v > lower) && v <= upper;
        if (inside) {
          holding++;
          assertEquals(((Element) c.getElementsByTagName("rect").item(0)).getAttribute("fill"), path(a).getAttribute("fill"));
        }
      }
      assertEquals(1, holding, "each value falls in exactly one class");
    }
    assertTrue(title(areas.get(0)).startsWith("Desa Sarongan: 20,00%"));
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> areas(Document doc) {
    List<Element> areas = new ArrayList<>();
    NodeList gs = doc.getElementsByTagName("g");
    for (int i = 0; i < gs.getLength(); i++) {
      Element g = (Element) gs.item(i);
      if (g.getAttribute("class").startsWith("area ")) {
        areas.add(g);
      }
    }
    return areas;
  }

  private static NodeList byClass(Document doc, String css) {
    List<Element> found = new ArrayList<>();
    NodeList gs = doc.getElementsByTagName("g");
    for (int i = 0; i < gs.getLength(); i++) {
      if (((Element) gs.item(i)).getAttribute("class").equals(css)) {
        found.add((Element) gs.item(i));
      }
    }
    return new NodeList() {
      @Override
      public org.w3c.dom.Node item(int index) {
        return found.get(index);
      }

      @Override
      public int getLength() {
        return found.size();
      }
    };
  }

  private static int count(Document doc, String tag, String css, String text) {
    Element g = (Element) byClass(doc, css).item(0);
    NodeList texts = g.getElementsByTagName("text");
    int n = 0;
    for (int i = 0; i < texts.getLength(); i++) {
      n += texts.item(i).getTextContent().equals(text) ? 1 : 0;
    }
    return n;
  }

  private static Element area(List<Element> areas, String code) {
    return areas.stream().filter(a -> a.getAttribute("data-area").equals(code)).findFirst().orElseThrow();
  }

  private static Element path(Element area) {
    return (Element) area.getElementsByTagName("path").item(0);
  }

  private static String title(Element area) {
    return area.getElementsByTagName("title").item(0).getTextContent();
  }

  private static void save(String name, String svg) throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "maps"));
    Files.writeString(dir.resolve(name), svg);
  }
}
