package id.banyuwangi.kampung.reports.planner;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import id.banyuwangi.kampung.reports.map.Boundaries;
import id.banyuwangi.kampung.reports.map.ChoroplethMap;
import id.banyuwangi.kampung.reports.map.MapDrawing;
import id.banyuwangi.kampung.reports.map.MapFeature;
import id.banyuwangi.kampung.reports.map.MapValue;
import java.awt.Graphics2D;
import java.util.List;
import java.util.Optional;

/**
 * Page 1's map: the first headline indicator that the child areas have figures of (the
 * kecamatan of the regency, the villages of a kecamatan), drawn by {@link ChoroplethMap} as the
 * dashboard draws it, in vectors and text, sized to the room left on the page so that it never
 * pushes page 1 over. A village brief has no map (no areas below it).
 */
final class PdfMap {
  /** The drawing's pixels per point: 13 px legend text reads as 7.8 pt, beside 8.5 pt body text. */
  private static final float SCALE = 0.6f;
  /** Below this height the map's areas are too small to read: the map scales down with its text instead. */
  private static final float MIN_MAP_PX = 260f;
  /** The smallest scale still legible (legend 5.9 pt); with less room the page has no map. */
  private static final float MIN_SCALE = 0.45f;
  private static final float SPACING = 6f;
  /** What the layout adds around the areas: title above, margin below; the legend column to the right. */
  private static final int FRAME_PX = 60;
  private static final int LEGEND_PX = 300;

  private PdfMap() {}

  /** Adds the map below what page 1 holds so far, when there is a map to draw and room for it. */
  static void add(Document doc, PdfWriter writer, PlannerReport report) {
    List<MapFeature> features = Boundaries.childrenOf(report.area().code());
    Optional<IndicatorFigures> mapped = Highlights.headlines(report).stream()
        .filter(IndicatorFigures::childrenHaveData).findFirst();
    if (features.isEmpty() || mapped.isEmpty()) {
      return;
    }
    float top = writer.getVerticalPosition(true) - SPACING;
    float room = top - doc.bottom() - SPACING;
    float width = doc.right() - doc.left();
    float scale = Math.min(SCALE, room / (MIN_MAP_PX + FRAME_PX));
    if (scale < MIN_SCALE) {
      return;
    }
    int mapHeight = (int) (room / scale) - FRAME_PX;
    int mapWidth = (int) (width / scale) - LEGEND_PX;
    IndicatorFigures figures = mapped.get();
    MapDrawing map = ChoroplethMap.of(figures.indicator(), report.spec().lang()).fittedInto(mapWidth, mapHeight)
        .drawing(ChildCharts.title(report, figures), features, values(figures));
    place(writer, map, Math.min(scale, width / map.width()), (doc.left() + doc.right()) / 2, top);
  }

  private static List<MapValue> values(IndicatorFigures figures) {
    return figures.children().stream().map(YearOnYear::current)
        .map(f -> new MapValue(f.area().code(), f.value(), f.denominator() != null ? f.denominator() : f.numerator(),
            f.suppressed()))
        .toList();
  }

  /**
   * Draws the map on a template (a form XObject of vectors and text) placed centred at
   * {@code centreX} below {@code top}: at a fixed place, as page 1 ends with it.
   */
  private static void place(PdfWriter writer, MapDrawing map, float scale, float centreX, float top) {
    float w = map.width() * scale;
    float h = map.height() * scale;
    PdfContentByte canvas = writer.getDirectContent();
    PdfTemplate template = canvas.createTemplate(w, h);
    Graphics2D g = template.createGraphics(w, h);
    try {
      g.scale(scale, scale);
      map.draw(g);
    } finally {
      g.dispose();
    }
    canvas.addTemplate(template, centreX - w / 2, top - h);
  }
}
