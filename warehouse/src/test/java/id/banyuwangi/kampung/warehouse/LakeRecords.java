package id.banyuwangi.kampung.warehouse;

import id.banyuwangi.kampung.domain.lake.LakeContract;
import java.nio.file.Path;
import java.util.List;

/**
 * The lake's own records for a test lake, as ingestion writes them: {@code _system/ingest_runs},
 * {@code _system/ingested_files} and {@code quarantine/records} (partitioned by source), for the
 * run {@code run-1} that stored {@link PublicServiceLake}'s kiosk events. The quarantined kiosk
 * lines hold a clear NIK ({@link #CLEAR_NIK}), as the raw zone does.
 */
public final class LakeRecords {
  /** Finished at 09:00 WIB on 10 April 2024. */
  public static final String RUN_FINISHED = "2024-04-10T02:00:00Z";
  public static final String CLEAR_NIK = "3510014101900001";
  /** run-1's kiosk counts: lines read = accepted + quarantined + duplicates. */
  public static final long KIOSK_LINES = 40;
  public static final long KIOSK_QUARANTINED = 6;
  public static final long KIOSK_DUPLICATES = 4;
  public static final long POSYANDU_LINES = 10;

  private LakeRecords() {}

  public static void write(Path lake) {
    DeltaTestTables runs = DeltaTestTables.of(lake, LakeContract.SYSTEM_INGEST_RUNS);
    runs.commit(List.of(runs.writeFile("part-00000.parquet", """
        SELECT run_id::VARCHAR AS run_id, source::VARCHAR AS source, started_at::TIMESTAMPTZ AS started_at,
          finished_at::TIMESTAMPTZ AS finished_at, files_read::BIGINT AS files_read, files_skipped::BIGINT AS files_skipped,
          lines_read::BIGINT AS lines_read, accepted::BIGINT AS accepted, quarantined::BIGINT AS quarantined,
          duplicates::BIGINT AS duplicates
        FROM (VALUES ('run-1', 'kiosk', '2024-04-10T01:00:00Z', '%s', 20, 0, %d, %d, %d, %d),
                     ('run-1', 'posyandu', '2024-04-10T01:00:00Z', '%s', 1, 0, %d, 8, 2, 0))
          v(run_id, source, started_at, finished_at, files_read, files_skipped, lines_read, accepted, quarantined, duplicates)
        """.formatted(RUN_FINISHED, KIOSK_LINES, KIOSK_LINES - KIOSK_QUARANTINED - KIOSK_DUPLICATES, KIOSK_QUARANTINED,
        KIOSK_DUPLICATES, RUN_FINISHED, POSYANDU_LINES))), List.of());

    DeltaTestTables files = DeltaTestTables.of(lake, LakeContract.SYSTEM_INGESTED_FILES);
    files.commit(List.of(files.writeFile("part-00000.parquet", """
        SELECT source::VARCHAR AS source, source_file::VARCHAR AS source_file, size_bytes::BIGINT AS size_bytes,
          sha256::VARCHAR AS sha256, lines::BIGINT AS lines, run_id::VARCHAR AS run_id
        FROM (VALUES ('kiosk', 'kiosk/KSK-3510012001-01_20240305.jsonl', 900, 'a1', 2, 'run-1'),
                     ('kiosk', 'kiosk/KSK-3510022001-01_20240301.jsonl.gz', 700, 'b2', 2, 'run-1'),
                     ('posyandu', 'posyandu/posyandu_2024-03.csv', 1200, 'c3', 10, 'run-1'))
          v(source, source_file, size_bytes, sha256, lines, run_id)
        """)), List.of());

    DeltaTestTables quarantine = DeltaTestTables.of(lake, LakeContract.QUARANTINE_RECORDS);
    String kiosk = quarantined("kiosk", "kiosk/KSK-3510012001-01_20240305.jsonl",
        List.of("INVALID_NIK", "INVALID_NIK", "INVALID_NIK", "INVALID_NIK", "MALFORMED_JSON", "MALFORMED_JSON"));
    String posyandu = quarantined("posyandu", "posyandu/posyandu_2024-03.csv", List.of("OUT_OF_RANGE", "OUT_OF_RANGE"));
    quarantine.commit(List.of(quarantine.writeFile("source=kiosk/part-00000.parquet", kiosk),
        quarantine.writeFile("source=posyandu/part-00000.parquet", posyandu)), List.of());
  }

  private static String quarantined(String source, String file, List<String> reasons) {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < reasons.size(); i++) {
      rows.append(i == 0 ? "" : ", ").append("('").append(source).append("', '").append(file).append("', ").append(i + 2)
          .append(", '").append(reasons.get(i)).append("', 'detail', '{\"nik\":\"").append(CLEAR_NIK).append("\"}')");
    }
    return """
        SELECT source::VARCHAR AS source, source_file::VARCHAR AS source_file, line_no::BIGINT AS line_no,
          reason_code::VARCHAR AS reason_code, reason_detail::VARCHAR AS reason_detail, raw_record::VARCHAR AS raw_record,
          'run-1'::VARCHAR AS ingest_run_id, '2024-04-10T01:30:00Z'::TIMESTAMPTZ AS quarantined_at
        FROM (VALUES %s) v(source, source_file, line_no, reason_code, reason_detail, raw_record)
        """.formatted(rows);
  }
}
