package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.read.Cell;
import id.banyuwangi.kampung.read.CellFilter;
import id.banyuwangi.kampung.read.IndicatorCells;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /sdmx/3.0/data/dataflow/ID_BWI/DF_KAMPUNG/1.0/{KEY}}: the public cells the key and
 * filters name ({@link SdmxDataQuery}) as SDMX-JSON 2.0 (default), SDMX-CSV 2.0 or CSV;
 * {@code dimensionAtObservation} {@code TIME_PERIOD} (default) or {@code AllDimensions};
 * {@code updatedAfter}: every cell of a build is computed by that build, so a build published at or
 * before that time has nothing newer (404, as the SDMX REST standard answers "no results").
 * At most {@value #MAX_OBSERVATIONS} observations: a larger query is a 413 pointing to the export.
 */
final class SdmxDataController implements AnswerSource<SdmxDataController.Query> {
  static final int MAX_OBSERVATIONS = 100_000;

  record Query(CellFilter filter, DataFormat format, SdmxJsonData.AtObservation at, boolean updatedSince) {}

  @Override
  public Query query(Params params, WarehouseBuild build) {
    SdmxPath.agency(params.path("agency"));
    if (!SdmxPath.names(params.path("flow"), SdmxStructure.DATAFLOW)) {
      throw new ClientError(404, "no such dataflow: the dataflow is " + SdmxStructure.DATAFLOW);
    }
    SdmxPath.version(params.path("version"));
    CellFilter filter = SdmxDataQuery.filter(build.sdmx(), params.path("key"), params);
    return new Query(filter, Negotiation.choose(params, DataFormat.SDMX), at(params.query("dimensionAtObservation")),
        updatedSince(build, params.query("updatedAfter")));
  }

  private static SdmxJsonData.AtObservation at(String raw) {
    if (raw == null || raw.isEmpty() || raw.equals(SdmxStructure.TIME_PERIOD)) {
      return SdmxJsonData.AtObservation.TIME_PERIOD;
    }
    if (raw.equals("AllDimensions")) {
      return SdmxJsonData.AtObservation.ALL_DIMENSIONS;
    }
    throw new BadRequest("dimensionAtObservation must be TIME_PERIOD (the default) or AllDimensions");
  }

  /** Whether the build was published after {@code updatedAfter} (absent: true). */
  private static boolean updatedSince(WarehouseBuild build, String raw) {
    if (raw == null || raw.isEmpty()) {
      return true;
    }
    Instant after = BuildChoice.time(raw);
    if (after == null) {
      throw new BadRequest("updatedAfter must be an ISO 8601 time such as 2025-01-15T02:00:00Z");
    }
    String builtAt = build.info("built_at");
    return builtAt == null || Instant.parse(builtAt).isAfter(after);
  }

  @Override
  public Answer answer(WarehouseBuild build, Query q) {
    List<Cell> cells = List.of();
    if (q.updatedSince()) {
      try (BuildConnections.Pooled c = build.connection()) {
        cells = new IndicatorCells(c.connection()).list(q.filter(), IndicatorCells.Access.PUBLIC, 0, MAX_OBSERVATIONS + 1);
      }
    }
    if (cells.size() > MAX_OBSERVATIONS) {
      throw new ClientError(413, "the query matches more than " + MAX_OBSERVATIONS + " observations: narrow the key "
          + "or the periods, or stream them all with /api/v1/export");
    }
    if (cells.isEmpty()) {
      throw new ClientError(404, "no observations match the query (NoResultsFound)");
    }
    return switch (q.format()) {
      case SDMX_JSON -> Answer.json(SdmxJsonData.message(build.sdmx(), cells, build.block(), q.at()), q.format().contentType());
      default -> new Answer(q.format().contentType(), CellWriter.bytes(q.format(), cells, build.sdmx()));
    };
  }
}
