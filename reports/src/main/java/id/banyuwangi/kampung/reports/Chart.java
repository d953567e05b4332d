package id.banyuwangi.kampung.reports;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * A chart built once by {@link ChartRenderer}, written as a PNG image or as an SVG document (which
 * browsers scale without blur) at the same size. Not for concurrent use: write it from one thread.
 */
public final class Chart {
  /** Fixed, so that the same chart always gives the same SVG bytes (JFreeSVG's default is a timestamp). */
  private static final String SVG_ID_PREFIX = "kampung";

  private final JFreeChart chart;
  private final int width;
  private final int height;

  Chart(JFreeChart chart, int width, int height) {
    this.chart = chart;
    this.width = width;
    this.height = height;
    chart.setBackgroundPaint(Color.WHITE);
    chart.getPlot().setBackgroundPaint(new Color(0xf7f7f7));
  }

  public byte[] png() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ChartUtils.writeChartAsPNG(out, chart, width, height);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the chart PNG", e);
    }
  }

  /** The size the chart is laid out for, in pixels. */
  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** Draws the chart into {@code area} of any Graphics2D (a PDF page draws it as vectors and text). */
  public void draw(Graphics2D g, Rectangle2D area) {
    chart.draw(g, area);
  }

  /** A standalone SVG document, UTF-8. */
  public byte[] svg() {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix(SVG_ID_PREFIX);
    chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    return g.getSVGDocument().getBytes(StandardCharsets.UTF_8);
  }
}
