package id.banyuwangi.kampung.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.json.JavalinJackson;

/**
 * A complete answer, the same bytes for every request with the same build and query, with its
 * compressed forms (made once, here).
 *
 * @param next the cursor of the next page of a paged list answer, or null
 */
record Answer(String contentType, byte[] body, Encodings encodings, String next) {
  /** The one JSON mapper of the server: cached answers and Javalin's own ({@code ctx.json}) write alike. */
  static final ObjectMapper JSON = JavalinJackson.defaultMapper();

  Answer(String contentType, byte[] body) {
    this(contentType, body, Encodings.of(contentType, body), null);
  }

  /** Bytes held, for the cache's bound. */
  int weight() {
    return body.length + encodings.size();
  }

  Answer withNext(String cursor) {
    return new Answer(contentType, body, encodings, cursor);
  }

  static Answer json(Object value) {
    return json(value, "application/json");
  }

  static Answer json(Object value, String contentType) {
    try {
      return new Answer(contentType, JSON.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the answer as JSON", e);
    }
  }
}
