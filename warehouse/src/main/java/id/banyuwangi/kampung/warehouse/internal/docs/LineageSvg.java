package id.banyuwangi.kampung.warehouse.internal.docs;

import id.banyuwangi.kampung.warehouse.internal.project.Model;
import id.banyuwangi.kampung.warehouse.internal.project.Project;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lineage graph as an inline SVG: one column per depth (a model sits one column right of the
 * deepest model it refers to), a box per model linking to its section, a line per ref.
 */
final class LineageSvg {
  private static final int BOX_W = 190;
  private static final int BOX_H = 22;
  private static final int COL_W = 230;
  private static final int ROW_H = 30;

  private LineageSvg() {}

  static String of(Project project) {
    Map<String, Integer> depth = new HashMap<>();
    Map<Integer, List<Model>> columns = new HashMap<>();
    for (Model m : project.models()) { // run order: every ref is placed before its dependents
      int d = m.refs().stream().mapToInt(r -> depth.get(r) + 1).max().orElse(0);
      depth.put(m.name(), d);
      columns.computeIfAbsent(d, k -> new ArrayList<>()).add(m);
    }
    Map<String, int[]> at = new HashMap<>();
    int rows = 0;
    for (Map.Entry<Integer, List<Model>> c : columns.entrySet()) {
      List<Model> models = c.getValue();
      for (int i = 0; i < models.size(); i++) {
        at.put(models.get(i).name(), new int[] {10 + c.getKey() * COL_W, 10 + i * ROW_H});
      }
      rows = Math.max(rows, models.size());
    }
    int width = 20 + columns.size() * COL_W;
    int height = 20 + rows * ROW_H;
    StringBuilder svg = new StringBuilder("<h2>Lineage</h2><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width
        + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height + "\" role=\"img\""
        + " aria-label=\"lineage of the warehouse models\" font-size=\"11\" font-family=\"sans-serif\">");
    for (Model m : project.models()) {
      int[] to = at.get(m.name());
      for (String r : m.refs()) {
        int[] from = at.get(r);
        svg.append("<line x1=\"").append(from[0] + BOX_W).append("\" y1=\"").append(from[1] + BOX_H / 2)
            .append("\" x2=\"").append(to[0]).append("\" y2=\"").append(to[1] + BOX_H / 2)
            .append("\" stroke=\"#8c959f\" stroke-width=\"0.6\"/>");
      }
    }
    for (Model m : project.models()) {
      int[] p = at.get(m.name());
      svg.append("<a href=\"#").append(m.name()).append("\"><rect x=\"").append(p[0]).append("\" y=\"").append(p[1])
          .append("\" width=\"").append(BOX_W).append("\" height=\"").append(BOX_H).append("\" rx=\"4\" fill=\"")
          .append(fill(m.folder())).append("\" stroke=\"#57606a\"/><text x=\"").append(p[0] + 6).append("\" y=\"")
          .append(p[1] + 15).append("\">").append(m.name()).append("</text></a>");
    }
    return svg.append("</svg>").toString();
  }

  private static String fill(String folder) {
    return switch (folder) {
      case "seeds" -> "#fff8c5";
      case "staging" -> "#ddf4ff";
      case "intermediate" -> "#fbefff";
      case "marts" -> "#dafbe1";
      default -> "#ffebe9";
    };
  }
}
