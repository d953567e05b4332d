package id.banyuwangi.kampung.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Real HTTP calls to a test server. */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final int port;

  Http(int port) {
    this.port = port;
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return CLIENT.send(request(pathAndQuery), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> bytes(String pathAndQuery) throws IOException, InterruptedException {
    return CLIENT.send(request(pathAndQuery), HttpResponse.BodyHandlers.ofByteArray());
  }

  JsonNode json(String pathAndQuery, int expectedStatus) throws IOException, InterruptedException {
    HttpResponse<String> response = get(pathAndQuery);
    if (response.statusCode() != expectedStatus) {
      throw new AssertionError("GET " + pathAndQuery + ": expected " + expectedStatus + " but was "
          + response.statusCode() + ": " + response.body());
    }
    if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
      throw new AssertionError("GET " + pathAndQuery + ": not JSON: " + response.headers().map());
    }
    return JSON.readTree(response.body());
  }

  private HttpRequest request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).GET().build();
  }
}
