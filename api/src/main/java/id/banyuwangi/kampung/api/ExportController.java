package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.period.Period;
import id.banyuwangi.kampung.domain.region.AreaLevel;
import id.banyuwangi.kampung.read.CellFilter;
import id.banyuwangi.kampung.read.IndicatorCells;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/v1/export?indicator=CODE[&level=regency|district|village][&period=P]}: every
 * matching cell of one indicator (totals and breakdown members) in the stable order of
 * {@link IndicatorCells}, streamed as CSV (default), SDMX-CSV or JSON lines, row by row as the
 * warehouse yields them: the answer is never held whole. Parameters are checked before the first
 * byte, so bad input is still a problem; {@code asOf} reads an earlier build.
 */
final class ExportController {
  private static final Logger LOG = LoggerFactory.getLogger(ExportController.class);
  private static final Map<String, AreaLevel> LEVELS = Map.of("regency", AreaLevel.REGENCY,
      "district", AreaLevel.DISTRICT, "village", AreaLevel.VILLAGE);

  private final WarehouseConnection warehouse;

  ExportController(WarehouseConnection warehouse) {
    this.warehouse = warehouse;
  }

  void get(Context ctx) throws IOException {
    Params params = Params.of(ctx);
    try (WarehouseBuild.Lease lease = BuildChoice.lease(warehouse, params)) {
      WarehouseBuild build = lease.build();
      IndicatorCells.Access access = SuppressionParam.parse(params);
      Indicator indicator = IndicatorParam.parse(params.query("indicator"), build.catalog());
      Optional<Period> period = PeriodParam.from(params, indicator);
      CellFilter filter = new CellFilter(List.of(indicator.code()), List.of(), level(params.query("level")),
          period.map(p -> List.of(p.kind())).orElse(List.of()), period.map(p -> List.of(p.code())).orElse(List.of()),
          List.of(), null, null, Map.of(), Map.of(), Map.of());
      DataFormat format = Negotiation.choose(params, DataFormat.STREAM);
      ctx.header(BuildBlock.HEADER, build.id());
      ctx.header("Content-Disposition", "attachment; filename=\"" + indicator.code() + "-" + build.id().replaceAll(
          "[^A-Za-z0-9._-]", "_") + "." + (format == DataFormat.JSON_LINES ? "jsonl" : "csv") + "\"");
      ctx.contentType(format.contentType());
      OutputStream out = ctx.res().getOutputStream();
      try (BuildConnections.Pooled c = build.connection(); CellWriter writer = CellWriter.open(format, out, build.sdmx())) {
        new IndicatorCells(c.connection()).forEach(filter, access, cell -> {
          try {
            writer.write(cell);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (UncheckedIOException e) {
        LOG.debug("export of {} stopped: the client went away", indicator.code());
      }
    }
  }

  private static List<String> level(String raw) {
    if (raw == null || raw.isEmpty()) {
      return List.of();
    }
    AreaLevel level = LEVELS.get(raw.toLowerCase(Locale.ROOT));
    if (level == null) {
      throw new BadRequest("level must be regency, district or village");
    }
    return List.of(level.name());
  }
}
