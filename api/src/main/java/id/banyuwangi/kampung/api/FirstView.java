package id.banyuwangi.kampung.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a browser fetches to show the dashboard's first view: the page, its files, then the API
 * requests of dashboard.js in stages (a stage is sent once the answers of the one before are in).
 * Paths with their queries, relative to the server.
 */
public record FirstView(List<List<String>> stages) {
  /** The page and what it links to, before dashboard.js runs. */
  static final List<List<String>> PAGE = List.of(List.of("/"), List.of("/dashboard.css", "/dashboard.js", "/favicon.svg"));

  public FirstView {
    stages = stages.stream().map(List::copyOf).toList();
  }

  /** Every request, in order. */
  public List<String> requests() {
    return stages.stream().flatMap(List::stream).toList();
  }

  /** The URL of an answer of {@code route} (a handler name of ApiServer) as the dashboard spells it. */
  static String url(String route, Map<String, String> path, Map<String, String> query) {
    String base = switch (route) {
      case "areas" -> "/api/v1/areas/" + encoded(path.get("code"));
      case "charts", "maps", "tables" -> "/api/v1/" + route + "/" + encoded(path.get("file"));
      default -> "/api/v1/" + route;
    };
    return query.isEmpty() ? base : base + "?" + query.entrySet().stream()
        .map(e -> encoded(e.getKey()) + "=" + encoded(e.getValue())).collect(Collectors.joining("&"));
  }

  private static String encoded(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Collects a warming run's requests into stages. */
  static final class Recorder {
    private final List<List<String>> stages = new ArrayList<>(PAGE.stream().map(ArrayList::new).toList());

    void stage() {
      stages.add(new ArrayList<>());
    }

    /** A request of the current stage, unless the view asked it already (dashboard.js asks a URL once per view). */
    void request(String url) {
      if (stages.stream().noneMatch(stage -> stage.contains(url))) {
        stages.get(stages.size() - 1).add(url);
      }
    }

    FirstView view() {
      return new FirstView(stages.stream().filter(s -> !s.isEmpty()).toList());
    }
  }
}
