package id.banyuwangi.kampung.ingestion;

/** Handwritten kiosk lines for tests. */
final class Lines {
  static final String VILLAGE = "3510012001";
  static final String KIOSK = "KSK-3510012001-01";
  static final String SERVICE = "SK-DOMISILI";
  /** Valid NIKs (a woman born 05-06-1990, a man born 12-03-1985). */
  static final String NIK_P = "3510014506900001";
  static final String NIK_L = "3510011203850002";

  private Lines() {}

  static String submitted(String eventId, String txnId, String at, String nik) {
    return "{\"schema\":\"kiosk.v1\",\"event_id\":\"" + eventId + "\",\"txn_id\":\"" + txnId
        + "\",\"kiosk_id\":\"" + KIOSK + "\",\"village_code\":\"" + VILLAGE
        + "\",\"event_type\":\"SUBMITTED\",\"event_at\":\"" + at + "\",\"service_code\":\"" + SERVICE
        + "\",\"channel\":\"KIOSK\",\"citizen\":{\"nik\":\"" + nik
        + "\",\"sex\":\"P\",\"birth_date\":\"1990-06-05\"},\"fee_idr\":0}";
  }

  static String event(String eventId, String txnId, String type, String at) {
    return "{\"schema\":\"kiosk.v2\",\"event_id\":\"" + eventId + "\",\"txn_id\":\"" + txnId
        + "\",\"kiosk_id\":\"" + KIOSK + "\",\"village_code\":\"" + VILLAGE
        + "\",\"event_type\":\"" + type + "\",\"event_at\":\"" + at
        + "\",\"device\":{\"app_version\":\"2.1.0\",\"uptime_s\":3600}}";
  }

  static String completed(String eventId, String txnId, String at, int rating) {
    return "{\"schema\":\"kiosk.v1\",\"event_id\":\"" + eventId + "\",\"txn_id\":\"" + txnId
        + "\",\"kiosk_id\":\"" + KIOSK + "\",\"village_code\":\"" + VILLAGE
        + "\",\"event_type\":\"COMPLETED\",\"event_at\":\"" + at + "\",\"rating\":" + rating + "}";
  }
}
