package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.lake.ColumnType;
import id.banyuwangi.kampung.domain.lake.LakeColumn;
import id.banyuwangi.kampung.domain.lake.LakeTable;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The Spark schemas of the lake, derived from the one lake contract ({@code domain.lake.LakeContract}). */
final class SparkSchemas {
  private SparkSchemas() {}

  static StructType of(LakeTable table) {
    return of(table.columns());
  }

  static StructType of(List<LakeColumn> columns) {
    StructType schema = new StructType();
    for (LakeColumn c : columns) {
      schema = schema.add(c.name(), type(c.type()), c.nullable());
    }
    return schema;
  }

  static DataType type(ColumnType type) {
    return switch (type) {
      case STRING -> DataTypes.StringType;
      case INT -> DataTypes.IntegerType;
      case LONG -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
      case DATE -> DataTypes.DateType;
      case TIMESTAMP -> DataTypes.TimestampType;
    };
  }
}
