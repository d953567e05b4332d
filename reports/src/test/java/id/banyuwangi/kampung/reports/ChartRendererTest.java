package id.banyuwangi.kampung.reports;

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
import org.junit.jupiter.api.Test;

class ChartRendererTest {
  private final ChartRenderer renderer = new ChartRenderer();
  private final Indicator rejection = IndicatorCatalog.standard().find("REJECTION_RATE").orElseThrow();

  @Test
  void rankedBarsArePngWithAGapForSuppressed() throws Exception {
    List<ChartValue> values = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      values.add(new ChartValue(RegionHierarchy.banyuwangi().districts().get(i).name(), i == 3 ? null : 2.0 + i * 0.7, i == 3));
    }
    byte[] png = renderer.rankedBars(rejection, "Tingkat Penolakan per Kecamatan, 2024", values);
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
    byte[] png = renderer.trend(share, "Porsi Layanan Mandiri, Kabupaten Banyuwangi", values);
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
    byte[] png = renderer.categoryCounts(status, "Status Desa per Kecamatan, 2024", "Wilayah", values);
    assertEquals(900, decode(png).getWidth());
    save("idm-status.png", png);
    decode(renderer.categoryCounts(status, "kosong", "Wilayah", List.of()));
  }

  @Test
  void emptyChartsStillRender() throws Exception {
    decode(renderer.rankedBars(rejection, "kosong", List.of()));
    decode(renderer.trend(rejection, "kosong", List.of()));
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
    assertEquals("41,3%", Units.format(catalog.find("SELF_SERVICE_SHARE").orElseThrow(), 41.27));
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
