package id.banyuwangi.kampung.generator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * Renders events as contract lines (section 1). {@code kiosk.v1} writes absent optional fields as
 * explicit {@code null}; {@code kiosk.v2} omits them and adds {@code device} (not for ONLINE
 * requests, which come from the web portal).
 */
final class KioskJson {
  static final String V1 = "kiosk.v1";
  static final String V2 = "kiosk.v2";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private KioskJson() {}

  static ObjectNode node(KioskEvent e, Kiosk k, LocalDate schemaDay) {
    boolean v2 = k.v2On(schemaDay);
    boolean v1 = !v2;
    boolean submitted = KioskEvent.SUBMITTED.equals(e.type());
    ObjectNode n = F.objectNode();
    n.put("schema", v2 ? V2 : V1);
    n.put("event_id", e.eventId());
    n.put("txn_id", e.txnId());
    n.put("kiosk_id", k.id());
    n.put("village_code", k.village().code());
    n.put("event_type", e.type());
    n.put("event_at", KioskEvent.format(e.at()));
    if (submitted && e.serviceCode() != null) {
      n.put("service_code", e.serviceCode());
    } else if (v1) {
      n.putNull("service_code");
    }
    n.put("channel", e.channel());
    if (submitted && e.citizen() != null) {
      ObjectNode c = n.putObject("citizen");
      c.put("nik", e.citizen().nik());
      c.put("sex", e.citizen().sex());
      c.put("birth_date", e.citizen().birthDate().toString());
    } else if (v1) {
      n.putNull("citizen");
    }
    putOptional(n, "fee_idr", e.feeIdr(), v1);
    putOptional(n, "rating", e.rating() == null ? null : e.rating().longValue(), v1);
    if (e.reason() != null) {
      n.put("reason", e.reason());
    } else if (v1) {
      n.putNull("reason");
    }
    if (v2 && !"ONLINE".equals(e.channel())) {
      ObjectNode d = n.putObject("device");
      d.put("app_version", k.appVersion(schemaDay));
      d.put("uptime_s", k.uptime(e.at()));
    }
    return n;
  }

  private static void putOptional(ObjectNode n, String field, Long value, boolean v1) {
    if (value != null) {
      n.put(field, value);
    } else if (v1) {
      n.putNull(field);
    }
  }

  static String render(ObjectNode n) {
    try {
      return MAPPER.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
