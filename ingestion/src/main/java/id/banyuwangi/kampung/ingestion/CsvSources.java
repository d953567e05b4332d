package id.banyuwangi.kampung.ingestion;

import java.util.List;

/** The CSV sources of the contract, in the order a run ingests them. */
final class CsvSources {
  static final List<CsvSource> ALL = List.of(new PopulationSource(), new HouseholdSource(),
      new PosyanduSource(), new SchoolSource(), new MsmeSource(), new BumdesSource(), new IdmSource(),
      new IndeksDesaSource());

  private CsvSources() {}

  static CsvSource byDir(String dir) {
    for (CsvSource s : ALL) {
      if (s.dir().equals(dir)) {
        return s;
      }
    }
    throw new IllegalArgumentException("no CSV source " + dir);
  }
}
