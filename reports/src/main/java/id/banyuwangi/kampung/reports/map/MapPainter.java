package id.banyuwangi.kampung.reports.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Draws a {@link MapLayout} on a {@code Graphics2D} as its SVG shows it: filled paths, hatching as
 * lines clipped to the area (not an image pattern, so a PDF keeps it as vectors), text as text.
 */
final class MapPainter {
  /** Distance between two hatch lines, and their width, as the SVG pattern draws them. */
  private static final double HATCH_SPACING = 6;
  private static final float HATCH_WIDTH = 2f;
  private static final Color AREA_EDGE = Color.WHITE;

  private MapPainter() {}

  static void paint(MapLayout m, Graphics2D g) {
    Graphics2D page = (Graphics2D) g.create();
    try {
      page.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      page.setColor(color(MapLayout.INK));
      page.setFont(font(Font.BOLD, MapLayout.TITLE_SIZE));
      page.drawString(m.title(), MapLayout.MAP_X, 28);
      Graphics2D map = (Graphics2D) page.create();
      map.translate(MapLayout.MAP_X, MapLayout.TOP);
      map.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
      for (MapLayout.Shape s : m.areas()) {
        Path2D path = path(s.rings());
        fill(map, path, s.fill());
        map.setColor(AREA_EDGE);
        map.draw(path);
      }
      map.setFont(font(Font.PLAIN, MapLayout.LABEL_SIZE));
      m.labels().forEach(l -> haloText(map, l));
      map.dispose();
      legend(m, page);
    } finally {
      page.dispose();
    }
  }

  private static void legend(MapLayout m, Graphics2D page) {
    Graphics2D legend = (Graphics2D) page.create();
    legend.translate(m.legendX(), MapLayout.TOP);
    legend.setColor(color(MapLayout.INK));
    legend.setFont(font(Font.BOLD, MapLayout.LEGEND_SIZE));
    for (int i = 0; i < m.heading().size(); i++) {
      legend.drawString(m.heading().get(i), 0, i * MapLayout.HEADING_LINE);
    }
    legend.setFont(font(Font.PLAIN, MapLayout.LEGEND_SIZE));
    legend.setStroke(new BasicStroke(1f));
    int y = MapLayout.LEGEND_TOP;
    for (MapLayout.LegendEntry e : m.legend()) {
      Rectangle2D swatch = new Rectangle2D.Double(0, y, MapLayout.SWATCH, MapLayout.SWATCH - 2);
      fill(legend, swatch, e.fill());
      legend.setColor(color(MapLayout.SWATCH_EDGE));
      legend.draw(swatch);
      legend.setColor(color(MapLayout.INK));
      legend.drawString(e.text(), MapLayout.SWATCH + 8, y + 12);
      y += MapLayout.LINE;
    }
    legend.dispose();
  }

  private static void fill(Graphics2D g, Shape shape, String fill) {
    if (!fill.equals(MapLayout.HATCH)) {
      g.setColor(color(fill));
      g.fill(shape);
      return;
    }
    g.setColor(color(MapPalette.HATCH_GROUND));
    g.fill(shape);
    Graphics2D hatch = (Graphics2D) g.create();
    hatch.clip(shape);
    hatch.setColor(color(MapPalette.HATCH_INK));
    hatch.setStroke(new BasicStroke(HATCH_WIDTH));
    Rectangle2D box = shape.getBounds2D();
    // lines at 45 degrees (x + y constant), as the SVG pattern's vertical lines turned by rotate(45)
    double start = Math.floor((box.getMinX() + box.getMinY()) / HATCH_SPACING) * HATCH_SPACING;
    Path2D lines = new Path2D.Double();
    for (double c = start; c <= box.getMaxX() + box.getMaxY(); c += HATCH_SPACING) {
      lines.moveTo(c - box.getMinY(), box.getMinY());
      lines.lineTo(c - box.getMaxY(), box.getMaxY());
    }
    hatch.draw(lines);
    hatch.dispose();
  }

  /** Centred text on a white halo (the SVG's paint-order stroke), the text itself drawn as text. */
  private static void haloText(Graphics2D g, MapLayout.Label l) {
    TextLayout text = new TextLayout(l.text(), g.getFont(), g.getFontRenderContext());
    float x = (float) (l.x() - text.getAdvance() / 2);
    float y = (float) l.y();
    Shape outline = text.getOutline(AffineTransform.getTranslateInstance(x, y));
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(outline);
    g.setColor(color(MapLayout.INK));
    g.drawString(l.text(), x, y);
  }

  private static Path2D path(List<List<double[]>> rings) {
    Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    for (List<double[]> ring : rings) {
      for (int i = 0; i < ring.size(); i++) {
        if (i == 0) {
          path.moveTo(ring.get(i)[0], ring.get(i)[1]);
        } else {
          path.lineTo(ring.get(i)[0], ring.get(i)[1]);
        }
      }
      path.closePath();
    }
    return path;
  }

  private static Font font(int style, int size) {
    return new Font(Font.SANS_SERIF, style, size);
  }

  private static Color color(String hex) {
    return Color.decode(hex);
  }
}
