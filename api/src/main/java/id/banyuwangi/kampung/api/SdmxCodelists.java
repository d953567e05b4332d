package id.banyuwangi.kampung.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.banyuwangi.kampung.domain.indicator.Breakdown;
import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import id.banyuwangi.kampung.read.CellFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The codelists of the SDMX structure: {@code CL_FREQ}, {@code CL_AREA} (all 243 areas of the real
 * region hierarchy, each village and kecamatan with its parent), {@code CL_INDICATOR} (every
 * indicator of the build's catalog), one per breakdown ({@code CL_SEX}, {@code CL_SERVICE}, ...:
 * {@code _T} and the catalog's members), and those of the attributes ({@code CL_UNIT_MEASURE},
 * {@code CL_OBS_STATUS}, {@code CL_CONF_STATUS}). Each code has an English name and, where the
 * catalog has one, an Indonesian one.
 */
final class SdmxCodelists {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** One code: id, names (en, id: null when none), parent code (null when none). */
  record Code(String id, String nameEn, String nameId, String parent) {}

  record Codelist(String id, String nameEn, List<Code> codes) {}

  private SdmxCodelists() {}

  static List<Codelist> all(SdmxStructure structure, RegionHierarchy regions) {
    List<Codelist> lists = new ArrayList<>();
    for (SdmxStructure.Dimension d : structure.dimensions()) {
      lists.add(new Codelist(d.codelist(), d.nameEn(), codes(structure, d, regions)));
    }
    Map<String, Code> units = new LinkedHashMap<>();
    structure.catalog().all().forEach(i -> units.putIfAbsent(i.unit(),
        new Code(SdmxStructure.unitCode(i.unit()), i.unit(), null, null)));
    lists.add(new Codelist("CL_UNIT_MEASURE", "Unit of measure", List.copyOf(units.values())));
    lists.add(new Codelist("CL_OBS_STATUS", "Observation status", List.of(
        new Code("A", "Normal value", null, null), new Code("Q", "Missing value; suppressed", null, null))));
    lists.add(new Codelist("CL_CONF_STATUS", "Confidentiality status", List.of(
        new Code("F", "Free", null, null),
        new Code("A", "Primary confidential due to small counts", null, null),
        new Code("D", "Secondary confidentiality set by the sender, not for publication", null, null))));
    return lists;
  }

  static Optional<Codelist> find(SdmxStructure structure, RegionHierarchy regions, String id) {
    return all(structure, regions).stream().filter(c -> c.id().equals(id)).findFirst();
  }

  private static List<Code> codes(SdmxStructure structure, SdmxStructure.Dimension d, RegionHierarchy regions) {
    return switch (d.id()) {
      case "FREQ" -> SdmxStructure.FREQ.values().stream().distinct().sorted()
          .map(f -> new Code(f, SdmxStructure.FREQ_NAMES.get(f), null, null)).toList();
      case "REF_AREA" -> regions.all().stream().map(a -> new Code(a.code(), a.name(), displayId(a), a.parentCode()))
          .toList();
      case "INDICATOR" -> structure.catalog().all().stream()
          .map(i -> new Code(i.code(), i.nameEn(), i.nameId(), null)).toList();
      default -> {
        List<Code> codes = new ArrayList<>();
        codes.add(new Code(CellFilter.TOTAL, "Total", "Total", null));
        Breakdown b = structure.catalog().breakdown(d.breakdown()).orElseThrow();
        b.members().forEach(m -> codes.add(new Code(m.code(), m.nameEn(), m.nameId(), null)));
        yield codes;
      }
    };
  }

  private static String displayId(Area a) {
    return AreaParam.displayName(a);
  }

  /** The English name of a dimension's code, or the code itself when unknown. */
  static String name(SdmxStructure structure, SdmxStructure.Dimension d, String code, RegionHierarchy regions) {
    return switch (d.id()) {
      case "FREQ" -> SdmxStructure.FREQ_NAMES.getOrDefault(code, code);
      case "REF_AREA" -> regions.find(code).map(Area::name).orElse(code);
      case "INDICATOR" -> structure.catalog().find(code).map(Indicator::nameEn).orElse(code);
      default -> code.equals(CellFilter.TOTAL) ? "Total" : structure.catalog().breakdown(d.breakdown())
          .flatMap(b -> b.member(code)).map(Breakdown.Member::nameEn).orElse(code);
    };
  }

  /** A codelist as SDMX-JSON 2.0 structure writes it. */
  static ObjectNode json(Codelist list) {
    ObjectNode node = F.objectNode();
    node.put("id", list.id()).put("agencyID", SdmxStructure.AGENCY).put("version", SdmxStructure.VERSION)
        .put("urn", SdmxStructure.codelistUrn(list.id())).put("name", list.nameEn()).put("isFinal", true);
    ArrayNode codes = node.putArray("codes");
    for (Code c : list.codes()) {
      ObjectNode code = codes.addObject().put("id", c.id()).put("name", c.nameEn());
      ObjectNode names = code.putObject("names").put("en", c.nameEn());
      if (c.nameId() != null) {
        names.put("id", c.nameId());
      }
      if (c.parent() != null) {
        code.put("parent", c.parent());
      }
    }
    return node;
  }
}
