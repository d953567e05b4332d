package id.banyuwangi.kampung.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.indicator.Direction;
import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartRendererTest {
  private final ChartRenderer renderer = new ChartRenderer();
  private final Indicator rejection = IndicatorCatalog.standard().find("REJECTION_RATE").orElseThrow();

  @Test
  void rankedBarsArePngWithAGapForSuppressed() throws Exception {
    List<ChartValue> values = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      values.add(new ChartValue(RegionHierarchy.banyuwangi().districts().get(i).name(), i == 3 ? null : 2.0 + i * 0.7, i == 3));
    }
    byte[] png = renderer.rankedBars(rejection, "Tingkat Penolakan per Kecamatan, 2024", values).png();
    BufferedImage image = decode(png);
    assertEquals(900, image.getWidth());
    assertTrue(image.getHeight() >= 600, "one row per kecamatan");
    save("ranked.png", png);
  }

  @Test
  void trendIsPng() throws Exception {
    Indicator share = IndicatorCatalog.standard().find("SELF_SERVICE_SHARE").orElseThrow();
    List<ChartValue> values = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      values.add(new ChartValue(String.format("2024-%02d", m), m == 5 ? null : 30.0 + m, m == 5));
    }
    byte[] png = renderer.trend(share, "Porsi Layanan Mandiri, Kabupaten Banyuwangi", values).png();
    assertEquals(420, decode(png).getHeight());
    save("trend.png", png);
  }

  @Test
  void categoryCountsStackTheBandsPerArea() throws Exception {
    Indicator status = IndicatorCatalog.standard().find("IDM_STATUS").orElseThrow();
    List<ChartValue> values = List.of(
        new ChartValue("Pesanggaran", 2.0, false, "MAJU"),
        new ChartValue("Pesanggaran", 1.0, false, "SANGAT_TERTINGGAL"),
        new ChartValue("Bangorejo", 1.0, false, "MANDIRI"),
        new ChartValue("Sarongan", null, false, "BERKEMBANG"));
    assertEquals(List.of("MANDIRI", "MAJU", "BERKEMBANG", "SANGAT_TERTINGGAL"), ChartRenderer.categoryOrder(values));
    assertEquals("Sangat Tertinggal", ChartRenderer.categoryLabel("SANGAT_TERTINGGAL"));
    byte[] png = renderer.categoryCounts(status, "Status Desa per Kecamatan, 2024", "Wilayah", values).png();
    assertEquals(900, decode(png).getWidth());
    save("idm-status.png", png);
    decode(renderer.categoryCounts(status, "kosong", "Wilayah", List.of()).png());
  }

  @Test
  void emptyChartsStillRender() throws Exception {
    decode(renderer.rankedBars(rejection, "kosong", List.of()).png());
    decode(renderer.trend(rejection, "kosong", List.of()).png());
  }

  @Test
  void theSameChartAsSvgAtThePngsSizeWithItsLabelsAsText() throws Exception {
    List<ChartValue> values = List.of(new ChartValue("Pesanggaran", 4.5, false),
        new ChartValue("Bangorejo", null, true), new ChartValue("Siliragung", 2.25, false));
    Chart chart = renderer.rankedBars(rejection, "Tingkat Penolakan per Kecamatan, 2024", values);
    byte[] svg = chart.svg();
    DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
    xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // offline
    Element root = xml.newDocumentBuilder().parse(new ByteArrayInputStream(svg)).getDocumentElement();
    assertEquals("svg", root.getTagName());
    BufferedImage png = decode(chart.png());
    assertEquals(png.getWidth(), Double.parseDouble(root.getAttribute("width")));
    assertEquals(png.getHeight(), Double.parseDouble(root.getAttribute("height")));
    List<String> texts = new ArrayList<>();
    NodeList nodes = root.getElementsByTagName("text");
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    assertTrue(texts.contains("Tingkat Penolakan per Kecamatan, 2024"), texts.toString());
    assertTrue(texts.contains("Bangorejo") && texts.contains(ChartRenderer.SUPPRESSED_LABEL), texts.toString());
    assertTrue(texts.contains("4,50"), "values in the Indonesian format, with the catalog's 2 decimals: " + texts);
    assertArrayEquals(svg, renderer.rankedBars(rejection, "Tingkat Penolakan per Kecamatan, 2024", values).svg(),
        "the same chart gives the same bytes");
    save("ranked.svg", svg);
  }

  @Test
  void rankingFollowsDirection() {
    List<ChartValue> values = List.of(new ChartValue("a", 1.0, false), new ChartValue("b", null, true),
        new ChartValue("c", 3.0, false));
    assertEquals(List.of("a", "c", "b"),
        ChartRenderer.rank(Direction.LOWER_IS_BETTER, values).stream().map(ChartValue::label).toList());
    assertEquals(List.of("c", "a", "b"),
        ChartRenderer.rank(Direction.HIGHER_IS_BETTER, values).stream().map(ChartValue::label).toList());
  }

  @Test
  void indonesianFormats() {
    IndicatorCatalog catalog = IndicatorCatalog.standard();
    assertEquals("41,27%", Units.format(catalog.find("SELF_SERVICE_SHARE").orElseThrow(), 41.27), "the catalog's decimals");
    assertEquals("41.27%", Units.format(catalog.find("SELF_SERVICE_SHARE").orElseThrow(), 41.27, Lang.EN));
    assertEquals("36,5 jam", Units.format(catalog.find("MEDIAN_TURNAROUND_HOURS").orElseThrow(), 36.5));
    assertEquals("123.456", Units.format(catalog.find("SERVICE_REQUESTS").orElseThrow(), 123456));
    assertEquals("Tingkat Penolakan (%)", Units.axisLabel(rejection));
  }

  private static BufferedImage decode(byte[] png) throws Exception {
    assertEquals((byte) 0x89, png[0]);
    assertEquals('P', png[1]);
    assertEquals('N', png[2]);
    assertEquals('G', png[3]);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertTrue(image != null && image.getWidth() > 0);
    return image;
  }

  private static void save(String name, byte[] png) throws Exception {
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.write(target.resolve(name), png);
  }
}
