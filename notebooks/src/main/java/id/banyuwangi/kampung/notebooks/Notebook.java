package id.banyuwangi.kampung.notebooks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A planner's notebook: Markdown prose with {@code ```sql} cells that run against the marts. A
 * plain text file, so planners write and review them like any document.
 */
public record Notebook(String name, String markdown) {
  /** The notebooks shipped with the product, in reading order. */
  public static final List<String> SHIPPED = List.of("01-layanan-publik", "02-kualitas-data", "03-kesejahteraan");

  public static Notebook read(Path file) throws IOException {
    String name = file.getFileName().toString().replaceFirst("\\.md$", "");
    return new Notebook(name, Files.readString(file, StandardCharsets.UTF_8));
  }

  public static Notebook shipped(String name) throws IOException {
    try (InputStream in = Notebook.class.getResourceAsStream("/notebooks/" + name + ".md")) {
      if (in == null) {
        throw new IllegalArgumentException("no shipped notebook '" + name + "'; shipped: " + SHIPPED);
      }
      return new Notebook(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
