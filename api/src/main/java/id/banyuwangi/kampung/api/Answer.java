package id.banyuwangi.kampung.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.json.JavalinJackson;

/**
 * A complete answer, the same bytes for every request with the same build and query, with its
 * compressed forms (made once, here).
 */
record Answer(String contentType, byte[] body, Encodings encodings) {
  /** The one JSON mapper of the server: cached answers and Javalin's own ({@code ctx.json}) write alike. */
  static final ObjectMapper JSON = JavalinJackson.defaultMapper();

  Answer(String contentType, byte[] body) {
    this(contentType, body, Encodings.of(contentType, body));
  }

  /** Bytes held, for the cache's bound. */
  int weight() {
    return body.length + encodings.size();
  }

  static Answer json(Object value) {
    try {
      return new Answer("application/json", JSON.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the answer as JSON", e);
    }
  }
}
