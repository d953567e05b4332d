package id.banyuwangi.kampung.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import id.banyuwangi.kampung.read.Cell;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An SDMX-JSON 2.0 data message of cells: {@code meta} (with the {@code build} block),
 * {@code data.structures[0]} (the dimensions and attributes with the values used, each value
 * listed once in order of first use) and {@code data.dataSets[0]}. With dimensionAtObservation
 * {@code TIME_PERIOD} the observations are grouped in series keyed by every other dimension
 * ({@code "0:3:1:0:..."}: indexes into the dimensions' values) and indexed by time; with
 * {@code AllDimensions} the observations are keyed by every dimension. An observation is
 * {@code [OBS_VALUE, index of each attribute value]}.
 */
final class SdmxJsonData {
  static final String SCHEMA = "https://raw.githubusercontent.com/sdmx-twg/sdmx-json/develop/data-message/tools/schemas/2.0.0/sdmx-json-data-schema.json";
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** Where the time dimension goes: as the observation level (the default), or every dimension at it. */
  enum AtObservation { TIME_PERIOD, ALL_DIMENSIONS }

  private SdmxJsonData() {}

  static ObjectNode message(SdmxStructure structure, List<Cell> cells, BuildBlock build, AtObservation at) {
    int dims = structure.dimensions().size();
    List<Values> dimValues = new ArrayList<>();
    for (int i = 0; i <= dims; i++) {
      dimValues.add(new Values());
    }
    List<Values> attrValues = new ArrayList<>();
    SdmxStructure.ATTRIBUTES.forEach(a -> attrValues.add(new Values()));
    Map<String, ObjectNode> series = new LinkedHashMap<>();
    ObjectNode observations = F.objectNode();
    for (Cell c : cells) {
      List<String> key = structure.key(c);
      StringBuilder seriesKey = new StringBuilder();
      for (int i = 0; i < dims; i++) {
        seriesKey.append(i == 0 ? "" : ":").append(dimValues.get(i).index(key.get(i)));
      }
      int time = dimValues.get(dims).index(SdmxStructure.timePeriod(c));
      ArrayNode obs = F.arrayNode();
      if (c.value() == null) {
        obs.addNull();
      } else {
        obs.add(c.value());
      }
      List<String> attributes = structure.attributes(c);
      for (int a = 0; a < attributes.size(); a++) {
        obs.add(attrValues.get(a).index(attributes.get(a)));
      }
      if (at == AtObservation.TIME_PERIOD) {
        series.computeIfAbsent(seriesKey.toString(), k -> F.objectNode()).set(Integer.toString(time), obs);
      } else {
        observations.set(seriesKey + ":" + time, obs);
      }
    }
    ObjectNode dataSet = F.objectNode().put("structure", 0).put("action", "Information");
    if (at == AtObservation.TIME_PERIOD) {
      ObjectNode s = dataSet.putObject("series");
      series.forEach((key, obs) -> s.putObject(key).set("observations", obs));
    } else {
      dataSet.set("observations", observations);
    }
    ObjectNode message = F.objectNode();
    message.set("meta", meta(build));
    ObjectNode data = message.putObject("data");
    data.putArray("structures").add(structureNode(structure, dimValues, attrValues, at));
    data.putArray("dataSets").add(dataSet);
    return message;
  }

  static ObjectNode meta(BuildBlock build) {
    ObjectNode meta = F.objectNode();
    meta.put("schema", SCHEMA);
    meta.put("id", "KAMPUNG-" + build.id());
    meta.put("test", false);
    meta.put("prepared", build.builtAt());
    meta.putArray("contentLanguages").add("en");
    meta.putObject("sender").put("id", SdmxStructure.AGENCY).put("name", "Kabupaten Banyuwangi, Kampung Analytics");
    meta.set("build", Answer.JSON.valueToTree(build));
    return meta;
  }

  private static ObjectNode structureNode(SdmxStructure structure, List<Values> dimValues, List<Values> attrValues,
      AtObservation at) {
    ObjectNode node = F.objectNode();
    node.putArray("links").addObject().put("rel", "datastructure").put("urn", SdmxStructure.dsdUrn());
    node.put("name", "Kampung Analytics village indicators, Kabupaten Banyuwangi");
    ObjectNode dimensions = node.putObject("dimensions");
    dimensions.putArray("dataSet");
    ArrayNode seriesDims = dimensions.putArray("series");
    ArrayNode obsDims = dimensions.putArray("observation");
    List<SdmxStructure.Dimension> dims = structure.dimensions();
    for (int i = 0; i < dims.size(); i++) {
      SdmxStructure.Dimension d = dims.get(i);
      ObjectNode dim = F.objectNode().put("id", d.id()).put("name", d.nameEn()).put("keyPosition", i);
      ArrayNode values = dim.putArray("values");
      dimValues.get(i).list.forEach(v -> values.addObject().put("id", v).put("name", codeName(structure, d, v)));
      (at == AtObservation.TIME_PERIOD ? seriesDims : obsDims).add(dim);
    }
    ObjectNode time = obsDims.addObject().put("id", SdmxStructure.TIME_PERIOD).put("name", "Time period")
        .put("keyPosition", dims.size());
    time.putArray("roles").add("TIME_PERIOD");
    ArrayNode timeValues = time.putArray("values");
    dimValues.get(dims.size()).list.forEach(v -> timeValues.addObject().put("value", v));
    node.putObject("measures").putArray("observation").addObject().put("id", "OBS_VALUE").put("name", "Observation value");
    ObjectNode attributes = node.putObject("attributes");
    attributes.putArray("dataSet");
    attributes.putArray("series");
    ArrayNode obsAttributes = attributes.putArray("observation");
    for (int a = 0; a < SdmxStructure.ATTRIBUTES.size(); a++) {
      ObjectNode attr = obsAttributes.addObject().put("id", SdmxStructure.ATTRIBUTES.get(a));
      ArrayNode values = attr.putArray("values");
      attrValues.get(a).list.forEach(v -> values.addObject().put("id", v));
    }
    return node;
  }

  private static String codeName(SdmxStructure structure, SdmxStructure.Dimension d, String code) {
    return SdmxCodelists.name(structure, d, code, RegionHierarchy.banyuwangi());
  }

  /** The values of one component in order of first use, and their indexes. */
  private static final class Values {
    final List<String> list = new ArrayList<>();
    final Map<String, Integer> index = new LinkedHashMap<>();

    int index(String value) {
      return index.computeIfAbsent(value, v -> {
        list.add(v);
        return list.size() - 1;
      });
    }
  }
}
