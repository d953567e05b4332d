package id.banyuwangi.kampung.reports.map;

import java.util.List;

/**
 * Fits longitude/latitude into a box of pixels: equirectangular with the longitudes shrunk by the
 * cosine of the middle latitude (true to shape at Banyuwangi's 8 degrees south), north up.
 */
final class MapProjection {
  private final double minLng;
  private final double maxLat;
  private final double xScale;
  private final double yScale;
  private final double width;
  private final double height;

  private MapProjection(double minLng, double maxLat, double xScale, double yScale, double width, double height) {
    this.minLng = minLng;
    this.maxLat = maxLat;
    this.xScale = xScale;
    this.yScale = yScale;
    this.width = width;
    this.height = height;
  }

  /** The projection of {@code features} into at most {@code maxWidth} x {@code maxHeight} pixels. */
  static MapProjection fit(List<MapFeature> features, double maxWidth, double maxHeight) {
    double minLng = Double.MAX_VALUE;
    double maxLng = -Double.MAX_VALUE;
    double minLat = Double.MAX_VALUE;
    double maxLat = -Double.MAX_VALUE;
    for (MapFeature f : features) {
      for (List<double[]> ring : f.rings()) {
        for (double[] p : ring) {
          minLng = Math.min(minLng, p[0]);
          maxLng = Math.max(maxLng, p[0]);
          minLat = Math.min(minLat, p[1]);
          maxLat = Math.max(maxLat, p[1]);
        }
      }
    }
    double shrink = Math.cos(Math.toRadians((minLat + maxLat) / 2));
    double spanX = Math.max((maxLng - minLng) * shrink, 1e-9);
    double spanY = Math.max(maxLat - minLat, 1e-9);
    double scale = Math.min(maxWidth / spanX, maxHeight / spanY);
    return new MapProjection(minLng, maxLat, scale * shrink, scale, spanX * scale, spanY * scale);
  }

  double x(double lng) {
    return (lng - minLng) * xScale;
  }

  double y(double lat) {
    return (maxLat - lat) * yScale;
  }

  double width() {
    return width;
  }

  double height() {
    return height;
  }
}
