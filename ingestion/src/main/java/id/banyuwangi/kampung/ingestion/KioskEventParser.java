package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.lake.LakeContract;
import id.banyuwangi.kampung.domain.lake.ReasonCode;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banyuwangi.kampung.domain.period.Period;
import id.banyuwangi.kampung.domain.person.Nik;
import id.banyuwangi.kampung.domain.person.Pseudonymizer;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import id.banyuwangi.kampung.domain.service.ServiceCatalog;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.Set;

/**
 * Parses and validates one line of a kiosk file (contract section 1) in plain Java, without Spark.
 *
 * <p>Checks run in this order and the first failure wins: {@code MALFORMED_JSON} (not one JSON
 * object), {@code UNKNOWN_SCHEMA} (schema missing or not kiosk.v1/kiosk.v2), {@code MISSING_FIELD}
 * (a required field absent, null or empty), {@code INVALID_VALUE} (wrong type, enum, number, date
 * or timestamp, negative fee, rating outside 1..5, malformed v2 device), {@code UNKNOWN_VILLAGE},
 * {@code UNKNOWN_SERVICE}, {@code INVALID_NIK}, {@code FUTURE_TIMESTAMP} (event_at or birth_date
 * later than ingestion time + 1 day). Unknown fields are ignored; {@code device} is read for
 * kiosk.v2 only. The NIK is replaced by {@code pseudonymizer.pseudonym("nik", nik)}; rejection
 * details never contain it, nor the raw line.
 *
 * <p>Thread-safe only per instance: the pseudonymizer's MAC is not shared-safe, so use one parser
 * per thread (a Spark task creates its own).
 */
public final class KioskEventParser {
  public static final Set<String> SCHEMAS = Set.of("kiosk.v1", "kiosk.v2");
  public static final Set<String> EVENT_TYPES =
      Set.of("SUBMITTED", "IN_PROCESS", "COMPLETED", "REJECTED", "CANCELLED");
  public static final Set<String> TERMINAL = Set.of("COMPLETED", "REJECTED", "CANCELLED");
  public static final Set<String> CHANNELS = Set.of("KIOSK", "COUNTER", "ONLINE");
  public static final Set<String> SEXES = Set.of("L", "P");

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final RegionHierarchy regions;
  private final ServiceCatalog services;
  private final Pseudonymizer pseudonymizer;
  private final Instant futureLimit;

  /**
   * @param now the ingestion time; an event_at or birth_date after {@code now + 1 day} is rejected
   */
  public KioskEventParser(RegionHierarchy regions, ServiceCatalog services,
      Pseudonymizer pseudonymizer, Instant now) {
    this.regions = Objects.requireNonNull(regions);
    this.services = Objects.requireNonNull(services);
    this.pseudonymizer = Objects.requireNonNull(pseudonymizer);
    this.futureLimit = now.plus(LakeContract.FUTURE_TOLERANCE);
  }

  /** The parser with the shipped Banyuwangi hierarchy and service catalog. */
  public static KioskEventParser standard(Pseudonymizer pseudonymizer, Instant now) {
    return new KioskEventParser(RegionHierarchy.banyuwangi(), ServiceCatalog.standard(),
        pseudonymizer, now);
  }

  /** Signals a rejection from deep inside the checks; carries no stack trace. */
  private static final class Reject extends Exception {
    private static final long serialVersionUID = 1L;
    final ReasonCode reason;

    Reject(ReasonCode reason, String detail) {
      super(detail, null, false, false);
      this.reason = reason;
    }
  }

  public ParseResult parse(String line) {
    try {
      return new ParseResult.Accepted(parseOrThrow(line));
    } catch (Reject r) {
      return new ParseResult.Rejected(r.reason, r.getMessage());
    }
  }

  private KioskEvent parseOrThrow(String line) throws Reject {
    JsonNode root = readJson(line);

    JsonNode schemaNode = root.get("schema");
    if (schemaNode == null || schemaNode.isNull()) {
      throw new Reject(ReasonCode.UNKNOWN_SCHEMA, "schema is missing");
    }
    if (!schemaNode.isTextual() || !SCHEMAS.contains(schemaNode.asText())) {
      throw new Reject(ReasonCode.UNKNOWN_SCHEMA,
          "schema " + describe(schemaNode) + " is not kiosk.v1 or kiosk.v2");
    }
    String schema = schemaNode.asText();

    // Presence first (MISSING_FIELD), then values (INVALID_VALUE).
    JsonNode citizen = root.get("citizen");
    for (String f : new String[] {"event_id", "txn_id", "kiosk_id", "village_code", "event_type", "event_at"}) {
      requirePresent(root.get(f), f);
    }
    String eventType = text(root, "event_type");
    boolean submitted = "SUBMITTED".equals(eventType);
    if (submitted) {
      requirePresent(root.get("service_code"), "service_code");
      requirePresent(root.get("channel"), "channel");
      if (citizen != null && !citizen.isNull() && !citizen.isObject()) {
        throw new Reject(ReasonCode.INVALID_VALUE, "citizen must be a JSON object");
      }
      for (String f : new String[] {"nik", "sex", "birth_date"}) {
        requirePresent(citizen == null ? null : citizen.get(f), "citizen." + f);
      }
    }

    String eventId = text(root, "event_id");
    String txnId = text(root, "txn_id");
    String kioskId = text(root, "kiosk_id");
    String villageCode = text(root, "village_code");
    if (!EVENT_TYPES.contains(eventType)) {
      throw new Reject(ReasonCode.INVALID_VALUE, "event_type " + quoted(eventType)
          + " is not one of SUBMITTED, IN_PROCESS, COMPLETED, REJECTED, CANCELLED");
    }
    Instant eventAt = timestamp(text(root, "event_at"), "event_at");
    String serviceCode = optionalText(root, "service_code");
    String channel = optionalText(root, "channel");
    if (channel != null && !CHANNELS.contains(channel)) {
      throw new Reject(ReasonCode.INVALID_VALUE,
          "channel " + quoted(channel) + " is not one of KIOSK, COUNTER, ONLINE");
    }
    Long fee = optionalLong(root, "fee_idr");
    if (fee != null && fee < 0) {
      throw new Reject(ReasonCode.INVALID_VALUE, "fee_idr is negative (" + fee + ")");
    }
    Long ratingValue = optionalLong(root, "rating");
    if (ratingValue != null && (ratingValue < 1 || ratingValue > 5)) {
      throw new Reject(ReasonCode.INVALID_VALUE, "rating " + ratingValue + " is outside 1..5");
    }
    String reason = optionalText(root, "reason");

    String nik = null;
    String sex = null;
    LocalDate birthDate = null;
    if (citizen != null && !citizen.isNull()) {
      if (!citizen.isObject()) {
        throw new Reject(ReasonCode.INVALID_VALUE, "citizen must be a JSON object");
      }
      JsonNode nikNode = citizen.get("nik");
      if (nikNode != null && !nikNode.isNull() && !nikNode.isTextual()) {
        // Never echo the value: it may be a NIK written as a number.
        throw new Reject(ReasonCode.INVALID_VALUE, "citizen.nik must be a JSON string");
      }
      nik = optionalText(citizen, "nik", "citizen.nik");
      sex = optionalText(citizen, "sex", "citizen.sex");
      if (sex != null && !SEXES.contains(sex)) {
        throw new Reject(ReasonCode.INVALID_VALUE, "citizen.sex " + quoted(sex) + " is not L or P");
      }
      String birth = optionalText(citizen, "birth_date", "citizen.birth_date");
      if (birth != null) {
        try {
          birthDate = LocalDate.parse(birth, DATE);
        } catch (DateTimeParseException e) {
          throw new Reject(ReasonCode.INVALID_VALUE,
              "citizen.birth_date " + quoted(birth) + " is not a date YYYY-MM-DD");
        }
      }
    }

    String appVersion = null;
    Long uptime = null;
    if ("kiosk.v2".equals(schema)) {
      JsonNode device = root.get("device");
      if (device != null && !device.isNull()) {
        if (!device.isObject()) {
          throw new Reject(ReasonCode.INVALID_VALUE, "device must be a JSON object");
        }
        appVersion = optionalText(device, "app_version", "device.app_version");
        uptime = optionalLong(device, "uptime_s", "device.uptime_s");
        if (uptime != null && uptime < 0) {
          throw new Reject(ReasonCode.INVALID_VALUE, "device.uptime_s is negative (" + uptime + ")");
        }
      }
    }

    if (!regions.isVillage(villageCode)) {
      throw new Reject(ReasonCode.UNKNOWN_VILLAGE,
          "village_code " + quoted(villageCode) + " is not a Banyuwangi village");
    }
    if (serviceCode != null && !services.contains(serviceCode)) {
      throw new Reject(ReasonCode.UNKNOWN_SERVICE,
          "service_code " + quoted(serviceCode) + " is not in the service catalog");
    }
    if (nik != null) {
      var problem = Nik.problem(nik);
      if (problem.isPresent()) {
        throw new Reject(ReasonCode.INVALID_NIK, "citizen.nik: " + problem.get());
      }
    }
    if (eventAt.isAfter(futureLimit)) {
      throw new Reject(ReasonCode.FUTURE_TIMESTAMP,
          "event_at " + eventAt + " is later than ingestion time + 1 day");
    }
    if (birthDate != null && birthDate.atStartOfDay(Period.WIB).toInstant().isAfter(futureLimit)) {
      throw new Reject(ReasonCode.FUTURE_TIMESTAMP,
          "citizen.birth_date " + birthDate + " is later than ingestion time + 1 day");
    }

    String month = YearMonth.from(eventAt.atOffset(Period.WIB)).toString();
    return new KioskEvent(eventId, txnId, schema, kioskId, villageCode, eventType, eventAt,
        submitted ? serviceCode : null, channel,
        nik == null ? null : pseudonymizer.pseudonym("nik", nik), sex, birthDate, fee,
        ratingValue == null ? null : ratingValue.intValue(), reason, appVersion, uptime, month);
  }

  private static JsonNode readJson(String line) throws Reject {
    if (line == null || line.isBlank()) {
      throw new Reject(ReasonCode.MALFORMED_JSON, "empty line");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw new Reject(ReasonCode.MALFORMED_JSON, "not valid JSON"
          + (loc == null ? "" : " at column " + loc.getColumnNr()) + ": " + safeMessage(e.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new Reject(ReasonCode.MALFORMED_JSON, "a line must be one JSON object");
    }
    return root;
  }

  /** A parser message cut before any quoted token, so no value from the line leaks into logs. */
  static String safeMessage(String message) {
    if (message == null) {
      return "parse error";
    }
    String m = message;
    int cut = m.length();
    for (char c : new char[] {'\'', '"', '(', '\n'}) {
      int i = m.indexOf(c);
      if (i >= 0 && i < cut) {
        cut = i;
      }
    }
    m = m.substring(0, cut).strip();
    if (m.length() > 120) {
      m = m.substring(0, 120);
    }
    return m.isEmpty() ? "parse error" : m;
  }

  private static void requirePresent(JsonNode node, String name) throws Reject {
    if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
      throw new Reject(ReasonCode.MISSING_FIELD, name + " is required");
    }
  }

  private static String text(JsonNode obj, String field) throws Reject {
    return optionalText(obj, field, field);
  }

  private static String optionalText(JsonNode obj, String field) throws Reject {
    return optionalText(obj, field, field);
  }

  private static String optionalText(JsonNode obj, String field, String name) throws Reject {
    JsonNode n = obj.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw new Reject(ReasonCode.INVALID_VALUE, name + " must be a JSON string");
    }
    String s = n.asText();
    return s.isEmpty() ? null : s;
  }

  private static Long optionalLong(JsonNode obj, String field) throws Reject {
    return optionalLong(obj, field, field);
  }

  private static Long optionalLong(JsonNode obj, String field, String name) throws Reject {
    JsonNode n = obj.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isIntegralNumber() || !n.canConvertToLong()) {
      throw new Reject(ReasonCode.INVALID_VALUE, name + " must be an integer");
    }
    return n.longValue();
  }

  private static Instant timestamp(String s, String name) throws Reject {
    try {
      return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw new Reject(ReasonCode.INVALID_VALUE,
          name + " " + quoted(s) + " is not an ISO-8601 timestamp with offset");
    }
  }

  private static String describe(JsonNode n) {
    return n.isTextual() ? quoted(n.asText()) : "of JSON type " + n.getNodeType();
  }

  /** A value for a detail message, shortened; only used for non-personal fields. */
  private static String quoted(String s) {
    if (s == null) {
      return "null";
    }
    return "'" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "'";
  }
}
