package id.banyuwangi.kampung.warehouse.internal.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The files under one classpath folder, whether the classes run from a directory or from a jar:
 * how the project finds its models without a hand-kept list.
 */
final class ResourceTree {
  private final String root; // e.g. "id/banyuwangi/kampung/warehouse/models/", no leading slash

  ResourceTree(String root) {
    this.root = root.startsWith("/") ? root.substring(1) : root;
  }

  /** Every file below the root, as a path relative to it ({@code staging/stg_idm.sql}), sorted. */
  List<String> files() {
    URL url = ResourceTree.class.getClassLoader().getResource(root);
    if (url == null) {
      throw new IllegalStateException("no resource folder " + root + " on the classpath");
    }
    try {
      List<String> files = switch (url.getProtocol()) {
        case "file" -> inDirectory(Path.of(url.toURI()));
        case "jar" -> inJar(((JarURLConnection) url.openConnection()).getJarFile());
        default -> throw new IllegalStateException("cannot list resources at " + url);
      };
      files.sort(null);
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + url, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot list " + url, e);
    }
  }

  String read(String relativePath) {
    try (InputStream in = ResourceTree.class.getClassLoader().getResourceAsStream(root + relativePath)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + root + relativePath);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> inDirectory(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      return new ArrayList<>(paths.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/')).toList());
    }
  }

  private List<String> inJar(JarFile jar) {
    List<String> files = new ArrayList<>();
    Enumeration<JarEntry> entries = jar.entries();
    while (entries.hasMoreElements()) {
      JarEntry entry = entries.nextElement();
      if (!entry.isDirectory() && entry.getName().startsWith(root)) {
        files.add(entry.getName().substring(root.length()));
      }
    }
    return files;
  }
}
