package id.banyuwangi.kampung.reports.map;

import java.util.List;

/**
 * One area's boundary: its Kemendagri code without dots ({@code 351001}, {@code 3510012001}), its
 * name, its rings (each a list of {@code [lng, lat]} points; outer rings and holes alike, drawn
 * with the even-odd rule) and the centroid a label is placed at.
 */
public record MapFeature(String code, String name, List<List<double[]>> rings, double centroidLng, double centroidLat) {
  public MapFeature {
    rings = List.copyOf(rings);
  }
}
