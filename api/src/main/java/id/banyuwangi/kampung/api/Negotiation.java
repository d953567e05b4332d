package id.banyuwangi.kampung.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Chooses a data answer's format: {@code format=NAME} when given (an unknown name is a 400), else
 * the most preferred media range of {@code Accept} that one of the offered formats matches (none:
 * a 406), else the first offered format. {@code text/csv}, {@code application/json},
 * {@code application/vnd.sdmx.data+csv}, {@code application/vnd.sdmx.data+json} (any
 * {@code version}), {@code application/x-ndjson}, and the wildcards {@code *}{@code /*},
 * {@code application/*}, {@code text/*}.
 */
final class Negotiation {
  private static final int LONGEST_ACCEPT = 1024;

  private record Range(String type, double q, int order) {}

  private Negotiation() {}

  static DataFormat choose(Params params, List<DataFormat> offered) {
    String format = params.query("format");
    if (format != null && !format.isEmpty()) {
      return offered.stream().filter(f -> f.param().equals(format.toLowerCase(Locale.ROOT))).findFirst()
          .orElseThrow(() -> new BadRequest("unknown format" + (format.matches("[a-z0-9+-]{1,16}") ? " " + format : "")
              + ": use one of " + names(offered)));
    }
    String accept = params.header("Accept");
    if (accept == null || accept.isBlank()) {
      return offered.get(0);
    }
    if (accept.length() > LONGEST_ACCEPT) {
      throw new ClientError(406, "the Accept header is too long");
    }
    for (Range range : ranges(accept)) {
      Optional<DataFormat> match = match(range.type(), offered);
      if (match.isPresent()) {
        return match.get();
      }
    }
    throw new ClientError(406, "cannot answer in any type the Accept header names; this resource offers "
        + offered.stream().map(DataFormat::mediaType).collect(Collectors.joining(", ")) + " (or ask with format="
        + names(offered) + ")");
  }

  private static String names(List<DataFormat> offered) {
    return offered.stream().map(DataFormat::param).collect(Collectors.joining(", "));
  }

  /** The media ranges of {@code Accept} with q above 0, most preferred first (ties: as written). */
  private static List<Range> ranges(String accept) {
    List<Range> ranges = new ArrayList<>();
    String[] parts = accept.split(",");
    for (int i = 0; i < parts.length; i++) {
      String[] pieces = parts[i].split(";");
      String type = pieces[0].trim().toLowerCase(Locale.ROOT);
      double q = 1;
      for (int p = 1; p < pieces.length; p++) {
        String param = pieces[p].trim().toLowerCase(Locale.ROOT);
        if (param.startsWith("q=")) {
          try {
            q = Double.parseDouble(param.substring(2));
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      if (q > 0 && !type.isEmpty()) {
        ranges.add(new Range(type, q, i));
      }
    }
    ranges.sort(Comparator.comparingDouble(Range::q).reversed().thenComparingInt(Range::order));
    return ranges;
  }

  private static Optional<DataFormat> match(String type, List<DataFormat> offered) {
    if (type.equals("*/*")) {
      return Optional.of(offered.get(0));
    }
    if (type.endsWith("/*")) {
      String major = type.substring(0, type.length() - 1);
      return offered.stream().filter(f -> f.mediaType().startsWith(major)).findFirst();
    }
    return offered.stream().filter(f -> f.mediaType().equals(type)).findFirst();
  }
}
