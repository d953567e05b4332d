package id.banyuwangi.kampung.warehouse.internal.disclosure;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import id.banyuwangi.kampung.warehouse.internal.project.Identifiers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The measure cells public outputs show, numbered: their keys and values, read from {@code fct_measure}. */
final class MeasureGrid {
  private final List<CellKey> keys;
  private final Map<CellKey, Integer> ids;
  private final double[] values;
  private final Set<String> smallCellMeasures;

  private MeasureGrid(List<CellKey> keys, double[] values, Set<String> smallCellMeasures) {
    this.keys = keys;
    this.values = values;
    this.smallCellMeasures = smallCellMeasures;
    this.ids = new HashMap<>(keys.size() * 2);
    for (int i = 0; i < keys.size(); i++) {
      ids.put(keys.get(i), i);
    }
  }

  static MeasureGrid load(Connection connection, Set<String> measures, Set<String> smallCellMeasures)
      throws SQLException {
    String sql = Identifiers.dsl()
        .select(field(name("measure")), field(name("area_code")), field(name("period")), field(name("period_kind")),
            field(name("breakdown")), field(name("member")), field(name("value")))
        .from(table(name("fct_measure")))
        .where(field(name("measure"), String.class).in(measures))
        .orderBy(field(name("measure")), field(name("area_code")), field(name("period_kind")), field(name("period")),
            field(name("breakdown")), field(name("member")))
        .getSQL(org.jooq.conf.ParamType.INLINED);
    List<CellKey> keys = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        keys.add(new CellKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6)));
        values.add(rs.getDouble(7));
      }
    }
    return new MeasureGrid(keys, values.stream().mapToDouble(Double::doubleValue).toArray(), smallCellMeasures);
  }

  Optional<Integer> id(CellKey key) {
    return Optional.ofNullable(ids.get(key));
  }

  CellKey key(int id) {
    return keys.get(id);
  }

  int size() {
    return keys.size();
  }

  double[] values() {
    return values;
  }

  boolean decidesSmallCells(String measure) {
    return smallCellMeasures.contains(measure);
  }
}
