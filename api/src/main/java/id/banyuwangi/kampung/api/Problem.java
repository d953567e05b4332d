package id.banyuwangi.kampung.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;

/**
 * An RFC 9457 problem ({@code application/problem+json}): every error answer of the server, 4xx
 * and 5xx alike, has this shape: {@code type} (about:blank: the status says it all), {@code title}
 * (the status's reason phrase), {@code status}, {@code detail} (what to change), {@code instance}
 * (the path asked for, without its query).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(String type, String title, int status, String detail, String instance) {
  static final String CONTENT_TYPE = "application/problem+json";

  static Problem of(int status, String detail, String instance) {
    HttpStatus known = HttpStatus.forStatus(status);
    String title = known == HttpStatus.UNKNOWN ? "Error " + status : known.getMessage();
    return new Problem("about:blank", title, status, detail, instance);
  }

  byte[] bytes() {
    try {
      return Answer.JSON.writeValueAsBytes(this);
    } catch (JsonProcessingException e) {
      return ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
    }
  }

  /** Writes the problem as the answer of {@code ctx}, replacing anything set before. */
  static void send(Context ctx, int status, String detail) {
    ctx.status(status).contentType(CONTENT_TYPE).result(of(status, detail, ctx.path()).bytes());
  }
}
