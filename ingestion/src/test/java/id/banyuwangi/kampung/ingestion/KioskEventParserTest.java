package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.lake.ReasonCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.person.Pseudonymizer;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parser alone, no Spark. */
class KioskEventParserTest {
  static final Pseudonymizer PSEUDO = new Pseudonymizer("test-only-pseudonym-key");
  static final Instant NOW = Instant.parse("2024-12-31T00:00:00Z");
  final KioskEventParser parser = KioskEventParser.standard(PSEUDO, NOW);

  KioskEvent accept(String line) {
    ParseResult r = parser.parse(line);
    assertInstanceOf(ParseResult.Accepted.class, r, () -> "expected valid, got " + r);
    return ((ParseResult.Accepted) r).event();
  }

  ParseResult.Rejected reject(String line) {
    ParseResult r = parser.parse(line);
    assertInstanceOf(ParseResult.Rejected.class, r, () -> "expected rejection, got " + r);
    return (ParseResult.Rejected) r;
  }

  @Test
  void validSubmittedIsTypedAndPseudonymised() {
    KioskEvent e = accept(Lines.submitted("e1", "t1", "2024-03-05T08:14:09+07:00", Lines.NIK_P));
    assertEquals("e1", e.eventId());
    assertEquals("t1", e.txnId());
    assertEquals("kiosk.v1", e.schemaVersion());
    assertEquals("SUBMITTED", e.eventType());
    assertEquals(Instant.parse("2024-03-05T01:14:09Z"), e.eventAt());
    assertEquals("SK-DOMISILI", e.serviceCode());
    assertEquals("KIOSK", e.channel());
    assertEquals(PSEUDO.pseudonym("nik", Lines.NIK_P), e.citizenPseudonym());
    assertFalse(e.toString().contains(Lines.NIK_P));
    assertEquals("P", e.citizenSex());
    assertEquals(LocalDate.of(1990, 6, 5), e.citizenBirthDate());
    assertEquals(0L, e.feeIdr());
    assertEquals("2024-03", e.eventMonth());
  }

  @Test
  void offsetsAreNormalisedAndTheMonthIsWib() {
    KioskEvent e = accept(Lines.event("e2", "t1", "IN_PROCESS", "2024-03-31T18:30:00+00:00"));
    assertEquals(Instant.parse("2024-03-31T18:30:00Z"), e.eventAt());
    assertEquals("2024-04", e.eventMonth());
    assertEquals("2024-03", accept(Lines.event("e3", "t1", "IN_PROCESS", "2024-03-31T16:59:59Z")).eventMonth());
  }

  @Test
  void deviceIsReadForV2OnlyAndUnknownFieldsAreIgnored() {
    KioskEvent v2 = accept(Lines.event("e4", "t1", "IN_PROCESS", "2024-03-05T08:00:00+07:00"));
    assertEquals("2.1.0", v2.appVersion());
    assertEquals(3600L, v2.uptimeS());
    String v1 = Lines.event("e5", "t1", "IN_PROCESS", "2024-03-05T08:00:00+07:00")
        .replace("kiosk.v2", "kiosk.v1").replace("\"uptime_s\":3600", "\"uptime_s\":\"nonsense\"")
        .replace("}}", "},\"firmware\":{\"x\":1},\"extra\":[1,2]}");
    KioskEvent e = accept(v1);
    assertNull(e.appVersion());
    assertNull(e.uptimeS());
    assertNull(e.serviceCode());
  }

  @Test
  void completedWithRatingAndTerminalReason() {
    KioskEvent c = accept(Lines.completed("e6", "t1", "2024-03-06T10:00:00+07:00", 5));
    assertEquals(5, c.rating());
    KioskEvent r = accept(Lines.event("e7", "t2", "REJECTED", "2024-03-06T10:00:00+07:00")
        .replace("\"device\"", "\"reason\":\"dokumen kurang\",\"device\""));
    assertEquals("dokumen kurang", r.reason());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "broken json | MALFORMED_JSON | {\"schema\":\"kiosk.v1\",\"event_id\":",
      "not an object | MALFORMED_JSON | [1,2,3]",
      "empty line | MALFORMED_JSON | ``",
      "trailing garbage | MALFORMED_JSON | {\"schema\":\"kiosk.v1\"} x",
      "schema v3 | UNKNOWN_SCHEMA | {\"schema\":\"kiosk.v3\",\"event_id\":\"e\"}",
      "schema missing | UNKNOWN_SCHEMA | {\"event_id\":\"e\"}",
  })
  void structuralRejections(String name, String code, String line) {
    assertEquals(ReasonCode.valueOf(code), reject(line == null ? "" : line).reason());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // what | reason | text to replace | replacement
      "no event_id | MISSING_FIELD | \"event_id\":\"e1\", | ''",
      "empty txn_id | MISSING_FIELD | \"txn_id\":\"t1\" | \"txn_id\":\"\"",
      "null kiosk_id | MISSING_FIELD | \"kiosk_id\":\"KSK-3510012001-01\" | \"kiosk_id\":null",
      "no event_at | MISSING_FIELD | ,\"event_at\":\"2024-03-05T08:14:09+07:00\" | ''",
      "no service on SUBMITTED | MISSING_FIELD | \"service_code\":\"SK-DOMISILI\", | ''",
      "no channel on SUBMITTED | MISSING_FIELD | \"channel\":\"KIOSK\", | ''",
      "no nik on SUBMITTED | MISSING_FIELD | \"nik\":\"3510014506900001\", | ''",
      "no sex on SUBMITTED | MISSING_FIELD | \"sex\":\"P\", | ''",
      "no birth_date on SUBMITTED | MISSING_FIELD | ,\"birth_date\":\"1990-06-05\" | ''",
      "bad event_type | INVALID_VALUE | \"SUBMITTED\" | \"OPENED\"",
      "no offset | INVALID_VALUE | 2024-03-05T08:14:09+07:00 | 2024-03-05T08:14:09",
      "bad timestamp | INVALID_VALUE | 2024-03-05T08:14:09+07:00 | 2024-13-05T08:14:09+07:00",
      "bad channel | INVALID_VALUE | \"KIOSK\" | \"FAX\"",
      "bad sex | INVALID_VALUE | \"sex\":\"P\" | \"sex\":\"X\"",
      "bad birth_date | INVALID_VALUE | 1990-06-05 | 1990-02-30",
      "negative fee | INVALID_VALUE | \"fee_idr\":0 | \"fee_idr\":-5000",
      "fractional fee | INVALID_VALUE | \"fee_idr\":0 | \"fee_idr\":12.5",
      "string fee | INVALID_VALUE | \"fee_idr\":0 | \"fee_idr\":\"5000\"",
      "rating 6 | INVALID_VALUE | \"fee_idr\":0 | \"fee_idr\":0,\"rating\":6",
      "rating 0 | INVALID_VALUE | \"fee_idr\":0 | \"fee_idr\":0,\"rating\":0",
      "numeric event_id | INVALID_VALUE | \"event_id\":\"e1\" | \"event_id\":17",
      "unknown village | UNKNOWN_VILLAGE | \"village_code\":\"3510012001\" | \"village_code\":\"3510999999\"",
      "district as village | UNKNOWN_VILLAGE | \"village_code\":\"3510012001\" | \"village_code\":\"351001\"",
      "unknown service | UNKNOWN_SERVICE | SK-DOMISILI | SK-NONEXISTENT",
      "nik 15 digits | INVALID_NIK | 3510014506900001 | 351001450690001",
      "nik bad province | INVALID_NIK | 3510014506900001 | 9910014506900001",
      "nik bad date | INVALID_NIK | 3510014506900001 | 3510017313900001",
      "event in the future | FUTURE_TIMESTAMP | 2024-03-05T08:14:09+07:00 | 2025-01-02T08:00:00+07:00",
      "birth in the future | FUTURE_TIMESTAMP | 1990-06-05 | 2025-06-05",
  })
  void fieldRejections(String name, String code, String from, String to) {
    String valid = Lines.submitted("e1", "t1", "2024-03-05T08:14:09+07:00", Lines.NIK_P);
    assertTrue(valid.contains(from), "fixture text not found: " + from);
    ParseResult.Rejected r = reject(valid.replace(from, to));
    assertEquals(ReasonCode.valueOf(code), r.reason(), r.detail());
    assertFalse(r.detail().contains(Lines.NIK_P.substring(0, 12)), "detail leaks the NIK: " + r.detail());
  }

  @Test
  void futureToleranceIsOneDay() {
    accept(Lines.event("e8", "t1", "IN_PROCESS", "2024-12-31T23:59:59Z"));
    assertEquals(ReasonCode.FUTURE_TIMESTAMP,
        reject(Lines.event("e9", "t1", "IN_PROCESS", "2025-01-01T00:00:01Z")).reason());
  }

  @Test
  void nikAsNumberIsRejectedWithoutEchoingIt() {
    ParseResult.Rejected r = reject(Lines.submitted("e1", "t1", "2024-03-05T08:14:09+07:00", Lines.NIK_P)
        .replace("\"" + Lines.NIK_P + "\"", Lines.NIK_P));
    assertEquals(ReasonCode.INVALID_VALUE, r.reason());
    assertFalse(r.detail().contains(Lines.NIK_P));
  }

  @Test
  void malformedDetailDoesNotEchoTheLine() {
    ParseResult.Rejected r = reject("{\"citizen\":{\"nik\":" + Lines.NIK_P + "x}}");
    assertEquals(ReasonCode.MALFORMED_JSON, r.reason());
    assertFalse(r.detail().contains(Lines.NIK_P), r.detail());
  }

  @Test
  void badDeviceOnV2IsInvalid() {
    String line = Lines.event("e10", "t1", "IN_PROCESS", "2024-03-05T08:00:00+07:00")
        .replace("\"uptime_s\":3600", "\"uptime_s\":\"long\"");
    assertEquals(ReasonCode.INVALID_VALUE, reject(line).reason());
  }
}
