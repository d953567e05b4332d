package id.banyuwangi.kampung.domain.lake;

import java.util.List;

/**
 * One CSV source of the contract (sections 2-9): its directory under the sources, the header
 * columns every file must have, the columns that identify a person (never echoed in a reason
 * detail, pseudonymised or left out before silver), and the bronze and silver tables it lands in.
 */
public record CsvSourceFormat(String dir, List<String> header, List<String> identifiers, LakeTable bronze,
    LakeTable silver) {
  public CsvSourceFormat {
    header = List.copyOf(header);
    identifiers = List.copyOf(identifiers);
  }

  /** The silver data columns, without the lineage columns every silver table ends with. */
  public List<LakeColumn> dataColumns() {
    return silver.columns().subList(0, silver.columns().size() - 3);
  }
}
