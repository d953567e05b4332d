package id.banyuwangi.kampung.reports.map;

import java.awt.Graphics2D;

/**
 * A choropleth ready to draw on a {@code Graphics2D} (a PDF page's, so it stays vectors and text):
 * the same layout as {@link ChoroplethMap#svg}, one unit a pixel of that SVG.
 */
public final class MapDrawing {
  private final MapLayout layout;

  MapDrawing(MapLayout layout) {
    this.layout = layout;
  }

  /** Width in pixels of the SVG (units of {@link #draw}). */
  public int width() {
    return layout.width();
  }

  public int height() {
    return layout.height();
  }

  /** Draws the map with its top left corner at the origin of {@code g}, {@link #width} x {@link #height} units. */
  public void draw(Graphics2D g) {
    MapPainter.paint(layout, g);
  }
}
