package id.banyuwangi.kampung.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

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

  /** A GET with request headers given as name, value, name, value, ... */
  HttpResponse<byte[]> bytes(String pathAndQuery, String... headers) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri(pathAndQuery))
        .headers(headers).GET().build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  JsonNode json(String pathAndQuery, int expectedStatus) throws IOException, InterruptedException {
    HttpResponse<String> response = get(pathAndQuery);
    if (response.statusCode() != expectedStatus) {
      throw new AssertionError("GET " + pathAndQuery + ": expected " + expectedStatus + " but was "
          + response.statusCode() + ": " + response.body());
    }
    String type = response.headers().firstValue("Content-Type").orElse("");
    boolean json = type.startsWith("application/json") || type.startsWith("application/vnd.sdmx.structure+json")
        || type.startsWith("application/vnd.sdmx.data+json");
    if (!(json || expectedStatus >= 400 && type.equals("application/problem+json"))) {
      throw new AssertionError("GET " + pathAndQuery + ": not JSON: " + response.headers().map());
    }
    return JSON.readTree(response.body());
  }

  /** GETs a chart: it must be a 200 image/png that decodes to at least 400 x 300 pixels. */
  BufferedImage png(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = bytes(pathAndQuery);
    if (response.statusCode() != 200) {
      throw new AssertionError("GET " + pathAndQuery + ": " + response.statusCode() + ": "
          + new String(response.body(), StandardCharsets.UTF_8));
    }
    if (!response.headers().firstValue("Content-Type").orElse("").equals("image/png")) {
      throw new AssertionError("GET " + pathAndQuery + ": not a PNG: " + response.headers().map());
    }
    byte[] bytes = response.body();
    if (bytes.length < 4 || bytes[0] != (byte) 0x89 || bytes[1] != 'P' || bytes[2] != 'N' || bytes[3] != 'G') {
      throw new AssertionError("GET " + pathAndQuery + ": no PNG signature");
    }
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
    if (image == null || image.getWidth() < 400 || image.getHeight() < 300) {
      throw new AssertionError("GET " + pathAndQuery + ": not a chart-sized image");
    }
    return image;
  }

  private HttpRequest request(String pathAndQuery) {
    return HttpRequest.newBuilder(uri(pathAndQuery)).GET().build();
  }

  /** The URI of a path and query as a client writes it: SDMX's {@code c[DIM]=} brackets percent-encoded. */
  private URI uri(String pathAndQuery) {
    return URI.create("http://localhost:" + port + pathAndQuery.replace("[", "%5B").replace("]", "%5D"));
  }
}
