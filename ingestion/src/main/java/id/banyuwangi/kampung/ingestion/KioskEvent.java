package id.banyuwangi.kampung.ingestion;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One valid kiosk event, typed, with the NIK already replaced by its pseudonym. Optional fields are
 * null when absent. {@code eventMonth} is the WIB month of {@code eventAt} ({@code yyyy-MM}).
 */
public record KioskEvent(
    String eventId,
    String txnId,
    String schemaVersion,
    String kioskId,
    String villageCode,
    String eventType,
    Instant eventAt,
    String serviceCode,
    String channel,
    String citizenPseudonym,
    String citizenSex,
    LocalDate citizenBirthDate,
    Long feeIdr,
    Integer rating,
    String reason,
    String appVersion,
    Long uptimeS,
    String eventMonth) {}
