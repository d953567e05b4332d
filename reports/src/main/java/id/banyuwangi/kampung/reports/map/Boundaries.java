package id.banyuwangi.kampung.reports.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The real boundaries of Banyuwangi's 25 kecamatan and 217 villages, from the domain's reference
 * GeoJSON ({@code reference/regions/*_boundaries.geojson}, see PROVENANCE.md), read once.
 */
public final class Boundaries {
  private static final String DIR = "/id/banyuwangi/kampung/reference/regions/";
  private static final List<MapFeature> KECAMATAN = read("banyuwangi_kecamatan_boundaries.geojson");
  private static final List<MapFeature> VILLAGES = read("banyuwangi_desa_boundaries.geojson");

  private Boundaries() {}

  /** The 25 kecamatan, in the file's (code) order. */
  public static List<MapFeature> kecamatan() {
    return KECAMATAN;
  }

  /** The villages of one kecamatan (6-digit code), in code order. */
  public static List<MapFeature> villagesOf(String kecamatan) {
    return VILLAGES.stream().filter(f -> f.code().startsWith(kecamatan)).toList();
  }

  /** The areas one level below {@code area}: the kecamatan of the regency, the villages of a kecamatan; none for a village. */
  public static List<MapFeature> childrenOf(String area) {
    return switch (area.length()) {
      case 4 -> kecamatan();
      case 6 -> villagesOf(area);
      default -> List.of();
    };
  }

  private static List<MapFeature> read(String file) {
    try (InputStream in = Boundaries.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("reference boundaries " + file + " are missing from the domain module");
      }
      List<MapFeature> features = new ArrayList<>();
      for (JsonNode f : new ObjectMapper().readTree(in).get("features")) {
        JsonNode p = f.get("properties");
        features.add(new MapFeature(p.get("code").asText().replace(".", ""), p.get("name").asText(),
            rings(f.get("geometry")), p.get("centroid_lng").asDouble(), p.get("centroid_lat").asDouble()));
      }
      return List.copyOf(features);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Every ring of a Polygon or MultiPolygon. */
  private static List<List<double[]>> rings(JsonNode geometry) {
    List<List<double[]>> rings = new ArrayList<>();
    JsonNode coordinates = geometry.get("coordinates");
    List<JsonNode> polygons = new ArrayList<>();
    if (geometry.get("type").asText().equals("Polygon")) {
      polygons.add(coordinates);
    } else {
      coordinates.forEach(polygons::add);
    }
    for (JsonNode polygon : polygons) {
      for (JsonNode ring : polygon) {
        List<double[]> points = new ArrayList<>();
        ring.forEach(pt -> points.add(new double[] {pt.get(0).asDouble(), pt.get(1).asDouble()}));
        rings.add(points);
      }
    }
    return rings;
  }
}
