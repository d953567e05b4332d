package id.banyuwangi.kampung.domain.lake;

/** One column of a lake table. */
public record LakeColumn(String name, ColumnType type, boolean nullable, PersonalData personal) {}
