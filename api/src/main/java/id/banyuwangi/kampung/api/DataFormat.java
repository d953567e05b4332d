package id.banyuwangi.kampung.api;

import java.util.List;

/**
 * The formats a data answer is written in, asked for by {@code format=NAME} or by the
 * {@code Accept} header ({@link Negotiation}).
 */
enum DataFormat {
  /** Today's JSON shape of each route. */
  JSON("json", "application/json"),
  /** RFC 4180, UTF-8, a header row. */
  CSV("csv", "text/csv; charset=utf-8; header=present"),
  /** SDMX-CSV 2.0 data: {@code STRUCTURE,STRUCTURE_ID,ACTION}, the dimensions, {@code TIME_PERIOD}, {@code OBS_VALUE}, attributes. */
  SDMX_CSV("sdmx-csv", "application/vnd.sdmx.data+csv; version=2.0.0; charset=utf-8"),
  /** SDMX-JSON 2.0 data message. */
  SDMX_JSON("sdmx-json", "application/vnd.sdmx.data+json; version=2.0.0"),
  /** One JSON object per line (bulk export). */
  JSON_LINES("jsonl", "application/x-ndjson");

  /** What a list answer ({@code /api/v1/values}) offers. */
  static final List<DataFormat> LIST = List.of(JSON, CSV, SDMX_CSV, SDMX_JSON);
  /** What a streamed export offers: formats written row by row. */
  static final List<DataFormat> STREAM = List.of(CSV, SDMX_CSV, JSON_LINES);
  /** What an SDMX data query offers. */
  static final List<DataFormat> SDMX = List.of(SDMX_JSON, SDMX_CSV, CSV);

  private final String param;
  private final String contentType;

  DataFormat(String param, String contentType) {
    this.param = param;
    this.contentType = contentType;
  }

  /** The value of {@code format=}. */
  String param() {
    return param;
  }

  String contentType() {
    return contentType;
  }

  /** The media type without parameters. */
  String mediaType() {
    int semicolon = contentType.indexOf(';');
    return semicolon < 0 ? contentType : contentType.substring(0, semicolon);
  }
}
