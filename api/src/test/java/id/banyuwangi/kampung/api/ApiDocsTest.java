package id.banyuwangi.kampung.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document, read by an independent parser (swagger-parser), describes every route the
 * server registers and no other, each with its path parameters and its errors; /api/docs is served
 * with everything it loads from the server itself.
 */
class ApiDocsTest {
  private static final Http HTTP = SampleServer.HTTP;

  private static OpenAPI document() throws Exception {
    HttpResponse<String> response = HTTP.get("/api/v1/openapi.json");
    assertEquals(200, response.statusCode());
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(response.body());
    assertTrue(result.getMessages() == null || result.getMessages().isEmpty(), String.valueOf(result.getMessages()));
    assertNotNull(result.getOpenAPI());
    return result.getOpenAPI();
  }

  @Test
  void theDocumentValidatesAndListsEveryRegisteredRoute() throws Exception {
    OpenAPI api = document();
    assertEquals("3.1.0", api.getOpenapi());
    Set<String> registered = new TreeSet<>(SampleServer.SERVER.routes());
    assertTrue(registered.size() >= 15, registered.toString());
    assertEquals(registered, new TreeSet<>(api.getPaths().keySet()));
  }

  @Test
  void everyOperationHasItsPathParametersAndErrors() throws Exception {
    OpenAPI api = document();
    Pattern braces = Pattern.compile("\\{([^}]+)}");
    api.getPaths().forEach((path, item) -> {
      Operation get = item.getGet();
      assertNotNull(get, path);
      Set<String> inPath = new TreeSet<>();
      Matcher m = braces.matcher(path);
      while (m.find()) {
        inPath.add(m.group(1));
      }
      Set<String> documented = new TreeSet<>();
      for (Parameter p : get.getParameters() == null ? List.<Parameter>of() : get.getParameters()) {
        Parameter resolved = p.get$ref() == null ? p : api.getComponents().getParameters().get(p.get$ref().replace("#/components/parameters/", ""));
        if ("path".equals(resolved.getIn())) {
          documented.add(resolved.getName());
        }
      }
      assertEquals(inPath, documented, path);
      assertTrue(get.getResponses().containsKey("200"), path);
      if (path.startsWith("/api/v1/") && !path.equals("/api/v1/openapi.json") && !path.equals("/api/v1/builds")
          || path.startsWith("/sdmx/")) {
        assertTrue(get.getResponses().containsKey("400") && get.getResponses().containsKey("404"), path + ": its errors");
      }
    });
  }

  @Test
  void theKeysAndTheirErrorsAreDescribed() throws Exception {
    OpenAPI api = document();
    assertEquals(SecurityScheme.Type.HTTP, api.getComponents().getSecuritySchemes().get("bearer").getType());
    assertEquals("X-API-Key", api.getComponents().getSecuritySchemes().get("apiKey").getName());
    api.getPaths().forEach((path, item) -> {
      if (path.startsWith("/api/") || path.startsWith("/sdmx/")) {
        assertTrue(item.getGet().getResponses().containsKey("401") && item.getGet().getResponses().containsKey("429"),
            path + ": a bad key and the rate limit");
      }
    });
    for (String path : List.of("/api/v1/values", "/api/v1/export")) {
      assertTrue(api.getPaths().get(path).getGet().getResponses().containsKey("403"), path + ": suppression=none's scope");
    }
  }

  @Test
  void theDocsPageIsServedOffline() throws Exception {
    HttpResponse<String> page = HTTP.get("/api/docs");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    Matcher assets = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page.body());
    int loaded = 0;
    while (assets.find()) {
      String asset = assets.group(1);
      assertTrue(asset.startsWith("/"), asset + " must come from this server");
      HttpResponse<byte[]> response = HTTP.bytes(asset);
      assertEquals(200, response.statusCode(), asset);
      assertTrue(response.body().length > 100, asset);
      loaded++;
    }
    assertEquals(3, loaded, "the Swagger UI styles and script, and the page's own script");
    assertFalse(HTTP.get("/api-docs.js").body().contains("http"), "the page points at this server's document only");
  }
}
