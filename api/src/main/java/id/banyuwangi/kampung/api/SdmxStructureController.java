package id.banyuwangi.kampung.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code GET /sdmx/3.0/structure/{type}/ID_BWI[/{id}[/{version}]]}: the dataflow
 * ({@code dataflow}), the data structure ({@code datastructure}; with {@code references=children}
 * or {@code all}, its codelists too) and the codelists ({@code codelist}, all or one) as an
 * SDMX-JSON 2.0 structure message whose {@code meta} carries the {@code build} block.
 */
final class SdmxStructureController implements AnswerSource<SdmxStructureController.Query> {
  static final String CONTENT_TYPE = "application/vnd.sdmx.structure+json; version=2.0.0";
  static final List<String> TYPES = List.of("dataflow", "datastructure", "codelist");
  private static final Set<String> WITH_CODELISTS = Set.of("children", "descendants", "all", "codelist");
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  record Query(String type, String id, boolean withCodelists) {}

  @Override
  public Query query(Params params, WarehouseBuild build) {
    String type = params.path("type");
    if (!TYPES.contains(type)) {
      throw new ClientError(404, "no such structure type: use one of " + String.join(", ", TYPES));
    }
    SdmxPath.agency(params.path("agency"));
    SdmxPath.version(params.path("version"));
    String id = params.path("id");
    String references = params.query("references");
    if (references != null && !references.isEmpty() && !references.matches("none|parents|parentsandsiblings|"
        + "children|descendants|all|codelist|datastructure|dataflow")) {
      throw new BadRequest("references must be none, parents, children, descendants, all or an artefact type");
    }
    boolean known = switch (type) {
      case "dataflow" -> SdmxPath.names(id, SdmxStructure.DATAFLOW);
      case "datastructure" -> SdmxPath.names(id, SdmxStructure.DSD);
      default -> SdmxPath.names(id, "") || SdmxCodelists.find(build.sdmx(), RegionHierarchy.banyuwangi(), id).isPresent();
    };
    if (!known) {
      throw new ClientError(404, "no such " + type + ": /sdmx/3.0/structure/" + type + "/" + SdmxStructure.AGENCY
          + " lists them");
    }
    boolean codelists = references != null && WITH_CODELISTS.contains(references.toLowerCase(Locale.ROOT));
    return new Query(type, id == null || id.equals("*") || id.equals("all") ? null : id, codelists);
  }

  @Override
  public Answer answer(WarehouseBuild build, Query q) {
    SdmxStructure structure = build.sdmx();
    ObjectNode message = F.objectNode();
    message.set("meta", SdmxJsonData.meta(build.block()));
    ObjectNode data = message.putObject("data");
    switch (q.type()) {
      case "dataflow" -> data.putArray("dataflows").add(dataflow());
      case "datastructure" -> data.putArray("dataStructures").add(dataStructure(structure));
      default -> { }
    }
    if (q.type().equals("codelist") || q.withCodelists()) {
      ArrayNode lists = data.putArray("codelists");
      SdmxCodelists.all(structure, RegionHierarchy.banyuwangi()).stream()
          .filter(c -> q.id() == null || !q.type().equals("codelist") || c.id().equals(q.id()))
          .forEach(c -> lists.add(SdmxCodelists.json(c)));
    }
    return Answer.json(message, CONTENT_TYPE);
  }

  private static ObjectNode artefact(String id, String urn, String name) {
    return F.objectNode().put("id", id).put("agencyID", SdmxStructure.AGENCY).put("version", SdmxStructure.VERSION)
        .put("urn", urn).put("name", name).put("isFinal", true);
  }

  private static ObjectNode dataflow() {
    ObjectNode flow = artefact(SdmxStructure.DATAFLOW, SdmxStructure.dataflowUrn(),
        "Kampung Analytics village indicators, Kabupaten Banyuwangi");
    flow.put("description", "Every catalog indicator per area (kabupaten, kecamatan, desa/kelurahan) and period, "
        + "broken down as the catalog defines; small cells suppressed (CONF_STATUS A primary, D secondary)");
    flow.put("structure", SdmxStructure.dsdUrn());
    return flow;
  }

  private static ObjectNode dataStructure(SdmxStructure structure) {
    ObjectNode dsd = artefact(SdmxStructure.DSD, SdmxStructure.dsdUrn(), "Kampung Analytics indicator cells");
    ObjectNode components = dsd.putObject("dataStructureComponents");
    ObjectNode dimensionList = components.putObject("dimensionList").put("id", "DimensionDescriptor");
    ArrayNode dimensions = dimensionList.putArray("dimensions");
    List<SdmxStructure.Dimension> dims = structure.dimensions();
    for (int i = 0; i < dims.size(); i++) {
      SdmxStructure.Dimension d = dims.get(i);
      ObjectNode dim = dimensions.addObject().put("id", d.id()).put("name", d.nameEn()).put("position", i)
          .put("conceptIdentity", concept(d.id()));
      dim.putObject("localRepresentation").put("enumeration", SdmxStructure.codelistUrn(d.codelist()));
    }
    ObjectNode time = dimensionList.putArray("timeDimensions").addObject().put("id", SdmxStructure.TIME_PERIOD)
        .put("position", dims.size()).put("conceptIdentity", concept(SdmxStructure.TIME_PERIOD));
    time.putObject("localRepresentation").putObject("format").put("textType", "ObservationalTimePeriod");
    ArrayNode attributes = components.putObject("attributeList").put("id", "AttributeDescriptor").putArray("attributes");
    for (String a : SdmxStructure.ATTRIBUTES) {
      ObjectNode attribute = attributes.addObject().put("id", a).put("usage", "mandatory")
          .put("conceptIdentity", concept(a));
      attribute.putObject("attributeRelationship").putObject("observation");
      ObjectNode representation = attribute.putObject("localRepresentation");
      switch (a) {
        case "UNIT_MULT", "DECIMALS" -> representation.putObject("format").put("textType", "Integer");
        default -> representation.put("enumeration", SdmxStructure.codelistUrn("CL_" + a));
      }
    }
    ObjectNode measure = components.putObject("measureList").put("id", "MeasureDescriptor").putArray("measures")
        .addObject().put("id", "OBS_VALUE").put("conceptIdentity", concept("OBS_VALUE"));
    measure.putObject("localRepresentation").putObject("format").put("textType", "Double");
    return dsd;
  }

  private static String concept(String id) {
    return "urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept=" + SdmxStructure.AGENCY + ":CS_KAMPUNG("
        + SdmxStructure.VERSION + ")." + id;
  }
}
