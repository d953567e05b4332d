package id.banyuwangi.kampung.ingestion;

import static id.banyuwangi.kampung.ingestion.CsvFiles.V1;
import static id.banyuwangi.kampung.ingestion.CsvFiles.V2;
import static id.banyuwangi.kampung.ingestion.Fixtures.count;
import static id.banyuwangi.kampung.ingestion.Fixtures.rows;
import static id.banyuwangi.kampung.ingestion.Fixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.person.Pseudonymizer;
import id.banyuwangi.kampung.domain.progress.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eight CSV sources end to end on a local lake, with the shared test SparkSession. */
class CsvIngestTest {
  static final Pseudonymizer PSEUDO = IngestJobTest.PSEUDO;
  static final Instant NOW = IngestJobTest.NOW;

  /** The silver columns the warehouse reads (warehouse LakeTable, stg_*.sql), in order. */
  static final Map<String, String> WAREHOUSE_SCHEMAS = Map.of(
      "silver/population", "village_code:string,as_of:date,sex:string,age:int,count:bigint",
      "silver/households", "household_key:string,village_code:string,survey_year:int,survey_date:date,members:int,"
          + "expenditure_idr_month:bigint,head_sex:string,head_age:int,head_education:string,members_working_age:int,"
          + "members_employed:int,members_jkn:int,receives_pkh:boolean,receives_bpnt:boolean,water_source:string,"
          + "sanitation:string,electricity:string",
      "silver/child_measurements", "measurement_id:string,child_key:string,village_code:string,sex:string,"
          + "birth_date:date,measured_on:date,age_days:int,weight_kg:double,height_cm:double,position:string",
      "silver/school_enrolments", "student_key:string,village_code:string,sex:string,birth_date:date,"
          + "school_year:string,level:string,grade:int,status:string",
      "silver/enterprises", "business_id:string,village_code:string,kbli_section:string,registered_on:date,"
          + "closed_on:date,employees:int,monthly_revenue_idr:bigint",
      "silver/bumdes_monthly", "village_code:string,year:int,month:int,revenue_idr:bigint,expenses_idr:bigint,assets_idr:bigint",
      "silver/idm", "village_code:string,year:int,iks:double,ike:double,ikl:double",
      "silver/indeks_desa", "village_code:string,year:int,skor:double,status:string,layanan_dasar:double,"
          + "sosial:double,ekonomi:double,lingkungan:double,aksesibilitas:double,tata_kelola:double");

  static final String POP_LATER = "siak_2024s2.csv";

  final SparkSession spark = SparkTestSession.get();

  IngestSummary run(Path source, Path lake) {
    return IngestJob.run(spark, new IngestOptions(source.toString(), lake.toString(), null, NOW), PSEUDO,
        Progress.NONE);
  }

  /**
   * The fixtures of the given sources (all when none is given), a MISSING_COLUMN file per source,
   * and a later population file (reordered columns, an extra one).
   */
  static void writeAll(Path source, String... dirs) throws IOException {
    for (CsvFiles.Fixture f : CsvFiles.FIXTURES) {
      if (dirs.length > 0 && !List.of(dirs).contains(f.dir())) {
        continue;
      }
      CsvFiles.write(source, f);
      CsvFiles.writeMissingColumn(source, f);
    }
    CsvFiles.write(source, "population", POP_LATER, "count,sex,note,village_code,age,as_of", List.of(
        "650,L,revised,3510012001,30,2024-06-30",    // replaces siak_2024s1.csv line 2
        "5,P,,3510012002,0,2024-12-31"));
    CsvFiles.write(source, "population", "readme.txt", "not a csv source file", List.of());
  }

  static List<String> tables(String... dirs) {
    List<String> t = new ArrayList<>(List.of(LakeTables.QUARANTINE_RECORDS, LakeTables.SYSTEM_INGESTED_FILES));
    for (String dir : dirs) {
      t.add(CsvSources.byDir(dir).bronzeTable());
      t.add(CsvSources.byDir(dir).silverTable());
    }
    return t;
  }

  Map<String, List<String>> snapshots(Path lake, String... dirs) {
    Map<String, List<String>> m = new TreeMap<>();
    for (String t : tables(dirs)) {
      m.put(t, snapshot(spark, lake, t));
    }
    return m;
  }

  Map<String, Row> silver(Path lake, String table, String... key) {
    return rows(spark, lake, table).stream().collect(Collectors.toMap(
        r -> java.util.Arrays.stream(key).map(k -> String.valueOf((Object) r.getAs(k))).collect(Collectors.joining("|")),
        r -> r));
  }

  @Test
  void everySourceLandsTypedPseudonymisedAndQuarantinesEveryReason(@TempDir Path tmp) throws IOException {
    Path source = tmp.resolve("src");
    Path lake = tmp.resolve("lake");
    writeAll(source);
    Fixtures.writeJsonl(source, IngestJobTest.F1, List.of(
        Lines.submitted("e1", "t1", "2024-03-05T08:14:09+07:00", Lines.NIK_P), "{broken"));
    long t0 = System.nanoTime();
    IngestSummary s = run(source, lake);
    System.out.println(s + "\n(first run of all CSV sources: " + (System.nanoTime() - t0) / 1_000_000 + " ms)");

    // Counts per source reconcile, and equal the fixtures'.
    assertEquals(List.of("kiosk", "population", "households", "posyandu", "schools", "msme", "bumdes", "idm",
            "indeks_desa"),
        List.copyOf(s.bySource().keySet()));
    // The kiosk ran in the same run; the flat accessors are the kiosk's, total() sums every source.
    assertEquals(new SourceCounts(1, 0, 2, 1, 1, 0, Map.of("MALFORMED_JSON", 1L)), s.kiosk());
    assertEquals(2, s.linesRead());
    assertEquals(1, s.accepted());
    assertEquals(s.bySource().values().stream().mapToLong(SourceCounts::linesRead).sum(), s.total().linesRead());
    assertTrue(s.total().reconciles());
    for (CsvFiles.Fixture f : CsvFiles.FIXTURES) {
      SourceCounts c = s.source(f.dir());
      boolean pop = f.dir().equals("population");
      long good = f.lines().stream().filter(l -> l.reason() == null).count() + (pop ? 2 : 0);
      Map<String, Long> reasons = f.lines().stream().filter(l -> l.reason() != null)
          .collect(Collectors.groupingBy(CsvFiles.L::reason, Collectors.counting()));
      reasons.put("MISSING_COLUMN", 1L);
      assertEquals(new SourceCounts(pop ? 3 : 2, 0, f.lines().size() + 1 + (pop ? 2 : 0), good,
          f.lines().size() - good + (pop ? 2 : 0) + 1, 0, reasons), c, f.dir());
      assertTrue(c.reconciles());
    }
    Map<String, Row> runs = rows(spark, lake, LakeTables.SYSTEM_INGEST_RUNS).stream()
        .collect(Collectors.toMap(r -> r.getAs("source"), r -> r));
    assertEquals(s.bySource().keySet(), runs.keySet());
    s.bySource().forEach((src, c) -> {
      Row r = runs.get(src);
      assertEquals(s.runId(), r.getAs("run_id"));
      assertEquals(List.of(c.filesRead(), c.filesSkipped(), c.linesRead(), c.accepted(), c.quarantined(), c.duplicates()),
          List.of(r.getAs("files_read"), r.getAs("files_skipped"), r.getAs("lines_read"), r.getAs("accepted"),
              r.getAs("quarantined"), r.getAs("duplicates")), src);
    });

    // Quarantine: exactly the expected records.
    Map<String, String> expected = new TreeMap<>();
    for (CsvFiles.Fixture f : CsvFiles.FIXTURES) {
      expected.putAll(CsvFiles.expectedQuarantine(f));
      expected.put(f.dir() + "|0_old_export.csv|0", "MISSING_COLUMN");
    }
    expected.put("kiosk|" + IngestJobTest.F1 + "|2", "MALFORMED_JSON");
    List<Row> quarantine = rows(spark, lake, LakeTables.QUARANTINE_RECORDS);
    assertEquals(expected, quarantine.stream().collect(Collectors.toMap(
        r -> r.getAs("source") + "|" + r.getAs("source_file") + "|" + r.getAs("line_no"),
        r -> (String) r.getAs("reason_code"), (a, b) -> a, TreeMap::new)));
    for (Row r : quarantine) {
      assertEquals(s.runId(), r.getAs("ingest_run_id"));
      assertNotNull(r.getAs("reason_detail"));
      assertNotNull(r.getAs("raw_record"));
      assertNotNull(r.getAs("quarantined_at"));
      String detail = r.getAs("reason_detail");
      for (String id : CsvFiles.PERSON_IDS) {
        assertFalse(detail.contains(id), detail);
      }
    }
    Map<String, Row> q = quarantine.stream().collect(Collectors.toMap(
        r -> r.getAs("source") + "|" + r.getAs("line_no") + "|" + r.getAs("source_file"), r -> r));
    assertEquals(V1 + ",2024-06-30,L,30", q.get("population|4|siak_2024s1.csv").getAs("raw_record"));
    assertEquals("{\"village_code\":\"" + V1 + "\",\"as_of\":\"2024-06-30\",\"sex\":\"X\",\"age\":\"5\",\"count\":\"10\"}",
        q.get("population|6|siak_2024s1.csv").getAs("raw_record"));
    assertEquals("village_code,as_of,sex,age", q.get("population|0|0_old_export.csv").getAs("raw_record"));
    assertTrue(((String) q.get("population|0|0_old_export.csv").getAs("reason_detail")).contains("[count]"));

    // Bronze: every data row of every readable file, with lineage; the header is not a row.
    for (CsvFiles.Fixture f : CsvFiles.FIXTURES) {
      CsvSource src = CsvSources.byDir(f.dir());
      List<Row> bronze = rows(spark, lake, src.bronzeTable());
      assertEquals(f.lines().size() + (f.dir().equals("population") ? 2 : 0), bronze.size(), f.dir());
      for (Row r : bronze) {
        assertEquals(s.runId(), r.getAs("ingest_run_id"));
        assertNotNull(r.getAs("ingested_at"));
        assertTrue((long) r.getAs("line_no") >= 2);
      }
    }

    // Silver: the schemas the warehouse reads, plus lineage.
    for (CsvSource src : CsvSources.ALL) {
      Dataset<Row> df = spark.read().format("delta").load(lake.resolve(src.silverTable()).toString());
      String schema = java.util.Arrays.stream(df.schema().fields())
          .map(f -> f.name() + ":" + f.dataType().simpleString()).collect(Collectors.joining(","));
      assertEquals(WAREHOUSE_SCHEMAS.get(src.silverTable()) + ",source_file:string,line_no:bigint,ingest_run_id:string",
          schema, src.silverTable());
    }

    // Silver: typed values; a repeated key in a later file (reordered columns, an extra column) replaces the row.
    Map<String, Row> pop = silver(lake, "silver/population", "village_code", "as_of", "sex", "age");
    assertEquals(3, pop.size());
    Row replaced = pop.get(V1 + "|2024-06-30|L|30");
    assertEquals(650L, (long) replaced.getAs("count"));
    assertEquals(POP_LATER, replaced.getAs("source_file"));
    assertEquals(2L, (long) replaced.getAs("line_no"));
    assertEquals(s.runId(), replaced.getAs("ingest_run_id"));
    assertEquals(40L, (long) pop.get(V1 + "|2024-06-30|P|100").getAs("count"));
    assertEquals(5L, (long) pop.get(V2 + "|2024-12-31|P|0").getAs("count"));

    Map<String, Row> hh = silver(lake, "silver/households", "household_key", "survey_year");
    Row h1 = hh.get(PSEUDO.pseudonym("household", "DTKS-0001") + "|2024");
    assertEquals("[" + PSEUDO.pseudonym("household", "DTKS-0001") + "," + V1 + ",2024,2024-03-15,4,940000,L,45,SD,2,1,4,"
        + "true,false,PIPED,OWN,PLN_METERED,dtks_2024.csv,2," + s.runId() + "]", h1.toString());
    assertEquals(2, hh.size());

    Map<String, Row> child = silver(lake, "silver/child_measurements", "measurement_id");
    assertEquals("[M01," + PSEUDO.pseudonym("child", "ANAK-0001") + "," + V1 + ",L,2023-07-11,2024-07-10,365,9.5,65.0,L,"
        + "ppgbm_2024-07.csv,2," + s.runId() + "]", child.get("M01").toString());
    Row m02 = child.get("M02");
    assertEquals(1522, (int) m02.getAs("age_days"));
    assertEquals(17.0, (double) m02.getAs("weight_kg"));
    assertTrue(m02.isNullAt(m02.fieldIndex("height_cm")) && m02.isNullAt(m02.fieldIndex("position")));

    Map<String, Row> school = silver(lake, "silver/school_enrolments", "student_key", "school_year");
    assertEquals("[" + PSEUDO.pseudonym("student", "NISN-0002") + "," + V2 + ",P,2007-05-05,2024/2025,SMA,11,DROPPED_OUT,"
        + "dapodik_2024.csv,3," + s.runId() + "]", school.get(PSEUDO.pseudonym("student", "NISN-0002") + "|2024/2025").toString());
    assertEquals(2, school.size());

    Map<String, Row> ent = silver(lake, "silver/enterprises", "business_id");
    assertEquals("[B01," + V1 + ",G,2023-03-01,null,2,5000000,umkm_2024.csv,2," + s.runId() + "]", ent.get("B01").toString());
    assertEquals(Date.valueOf("2023-05-05"), ent.get("B02").getAs("closed_on"));

    Map<String, Row> bumdes = silver(lake, "silver/bumdes_monthly", "village_code", "year", "month");
    assertEquals("[" + V1 + ",2024,1,100000000,1000,9000,bumdes_2024.csv,2," + s.runId() + "]",
        bumdes.get(V1 + "|2024|1").toString());
    assertEquals(2, bumdes.size());

    Map<String, Row> idm = silver(lake, "silver/idm", "village_code", "year");
    assertEquals("[" + V1 + ",2024,0.7072,0.7072,0.7072,idm_2024.csv,2," + s.runId() + "]", idm.get(V1 + "|2024").toString());
    assertEquals(0.0, (double) idm.get(V2 + "|2024").getAs("iks"));

    Map<String, Row> indeks = silver(lake, "silver/indeks_desa", "village_code", "year");
    assertEquals(Set.of(V1 + "|2024", V2 + "|2024", V2 + "|2025"), indeks.keySet());
    assertEquals("[" + V1 + ",2024,76.45,MAJU,80.1,79.5,70.25,77.0,75.8,76.05,indeks_desa_2024.csv,2," + s.runId() + "]",
        indeks.get(V1 + "|2024").toString());
    assertEquals(100.0, (double) indeks.get(V2 + "|2024").getAs("tata_kelola"));
    assertEquals("BERKEMBANG", indeks.get(V2 + "|2025").getAs("status"), "the status as published, not recomputed");

    // No raw person id reaches silver, in any string column.
    for (CsvSource src : CsvSources.ALL) {
      Dataset<Row> df = spark.read().format("delta").load(lake.resolve(src.silverTable()).toString());
      List<String> strings = java.util.Arrays.stream(df.schema().fields())
          .filter(f -> f.dataType().equals(DataTypes.StringType)).map(StructField::name).toList();
      for (Row r : df.collectAsList()) {
        for (String c : strings) {
          String v = r.getAs(c);
          for (String id : CsvFiles.PERSON_IDS) {
            assertFalse(v != null && v.contains(id), src.silverTable() + "." + c + " holds a person id");
          }
        }
      }
    }
    // Deletion vectors are off on every new table.
    for (CsvSource src : CsvSources.ALL) {
      for (String t : List.of(src.bronzeTable(), src.silverTable())) {
        String props = spark.sql("DESCRIBE DETAIL delta.`" + lake.resolve(t) + "`")
            .select("properties").first().get(0).toString();
        assertTrue(props.contains("delta.enableDeletionVectors -> false"), t + ": " + props);
      }
    }
  }

  /**
   * One lake through four runs: first load; the same files again (skipped: nothing changes); the
   * same files re-read after the file records are lost (every row a duplicate: nothing changes);
   * then a re-sent file with one more line (only it is added; the re-sent earlier file does not undo
   * the later file's replacement) and a later households file (reordered columns, an extra column)
   * whose repeated key replaces the stored row.
   */
  @Test
  void rerunsChangeNothingResentFilesAddOnlyNewLinesAndLaterFilesReplace(@TempDir Path tmp) throws IOException {
    Path source = tmp.resolve("src");
    Path lake = tmp.resolve("lake");
    String[] dirs = {"population", "households", "posyandu"};
    writeAll(source, dirs);
    IngestSummary first = run(source, lake);
    assertEquals(List.of(dirs), List.copyOf(first.bySource().keySet()));
    Map<String, List<String>> before = snapshots(lake, dirs);

    IngestSummary second = run(source, lake);
    for (String src : first.bySource().keySet()) {
      SourceCounts c = second.source(src);
      assertEquals(new SourceCounts(0, first.source(src).filesRead(), 0, 0, 0, 0, Map.of()), c, src);
    }
    assertEquals(before, snapshots(lake, dirs));
    assertEquals(6, count(spark, lake, LakeTables.SYSTEM_INGEST_RUNS));

    spark.sql("DELETE FROM delta.`" + lake.resolve(LakeTables.SYSTEM_INGESTED_FILES) + "`");
    IngestSummary third = run(source, lake);
    for (String src : first.bySource().keySet()) {
      SourceCounts f = first.source(src);
      SourceCounts c = third.source(src);
      assertEquals(new SourceCounts(f.filesRead(), 0, f.linesRead(), 0, 1, f.linesRead() - 1,
          Map.of("MISSING_COLUMN", 1L)), c, src);
    }
    Map<String, List<String>> after = snapshots(lake, dirs);
    after.remove(LakeTables.SYSTEM_INGESTED_FILES);   // emptied above, now rewritten by run 3
    Map<String, List<String>> expectedAfter = new TreeMap<>(before);
    expectedAfter.remove(LakeTables.SYSTEM_INGESTED_FILES);
    assertEquals(expectedAfter, after);
    assertEquals(before.get(LakeTables.SYSTEM_INGESTED_FILES).size(), count(spark, lake, LakeTables.SYSTEM_INGESTED_FILES));

    // Run 4.
    CsvFiles.Fixture popFixture = CsvFiles.FIXTURES.get(0);
    List<String> resent = new ArrayList<>(popFixture.lines().stream().map(CsvFiles.L::line).toList());
    resent.add(V2 + ",2024-06-30,L,7,12");
    CsvFiles.write(source, "population", popFixture.file(), popFixture.header(), resent);
    CsvFiles.write(source, "households", "dtks_2024_revisi.csv",
        "electricity,sanitation,water_source,receives_bpnt,receives_pkh,members_jkn,members_employed,"
            + "members_working_age,head_education,head_age,head_sex,expenditure_idr_month,members,survey_date,"
            + "survey_year,village_code,household_id,petugas",
        List.of("NONE,SHARED,SPRING,true,true,5,2,3,SMP,46,L,1200000,5,2024-04-01,2024," + V1 + ",DTKS-0001,Budi"));
    IngestSummary fourth = run(source, lake);
    assertEquals(new SourceCounts(1, 2, resent.size(), 1, 0, resent.size() - 1, Map.of()), fourth.source("population"));
    assertEquals(new SourceCounts(1, 2, 1, 1, 0, 0, Map.of()), fourth.source("households"));
    assertEquals(new SourceCounts(0, 2, 0, 0, 0, 0, Map.of()), fourth.source("posyandu"));

    List<Row> newBronze = spark.read().format("delta").load(lake.resolve("bronze/population_lines").toString())
        .filter("ingest_run_id = '" + fourth.runId() + "'").collectAsList();
    assertEquals(List.of(popFixture.file() + ":" + (resent.size() + 1)),
        newBronze.stream().map(r -> r.getAs("source_file") + ":" + r.getAs("line_no")).toList());
    Map<String, Row> pop = silver(lake, "silver/population", "village_code", "as_of", "sex", "age");
    assertEquals(4, pop.size());
    assertEquals(650L, (long) pop.get(V1 + "|2024-06-30|L|30").getAs("count"), "the later file still wins");
    assertEquals(12L, (long) pop.get(V2 + "|2024-06-30|L|7").getAs("count"));

    Map<String, Row> hh = silver(lake, "silver/households", "household_key", "survey_year");
    assertEquals(2, hh.size());
    assertEquals("[" + PSEUDO.pseudonym("household", "DTKS-0001") + "," + V1 + ",2024,2024-04-01,5,1200000,L,46,SMP,3,2,5,"
        + "true,true,SPRING,SHARED,NONE,dtks_2024_revisi.csv,2," + fourth.runId() + "]",
        hh.get(PSEUDO.pseudonym("household", "DTKS-0001") + "|2024").toString());
    Map<String, List<String>> now = snapshots(lake, dirs);
    for (String t : tables(dirs)) {
      if (!t.startsWith("bronze/population") && !t.startsWith("silver/population") && !t.startsWith("bronze/households")
          && !t.startsWith("silver/households") && !t.equals(LakeTables.SYSTEM_INGESTED_FILES)) {
        assertEquals(before.get(t), now.get(t), t);
      }
    }
  }

  /**
   * The ministry republishes: a correction file (reordered columns, an extra column) read in the
   * same run as the first publication replaces its row; the same files again change nothing; a
   * later year's file in a later run adds its rows and replaces a row of the same key; and re-sending
   * the first publication with one more row adds only that row, without undoing the correction.
   */
  @Test
  void republishedIndeksDesaRowsReplaceTheEarlierAndReingestingChangesNothing(@TempDir Path tmp) throws IOException {
    Path source = tmp.resolve("src");
    Path lake = tmp.resolve("lake");
    CsvFiles.Fixture first = CsvFiles.FIXTURES.stream().filter(f -> f.dir().equals("indeks_desa")).findFirst().orElseThrow();
    CsvFiles.write(source, first);
    String reversed = "tata_kelola,aksesibilitas,lingkungan,ekonomi,sosial,layanan_dasar,status,skor,keterangan,year,village_code";
    CsvFiles.write(source, "indeks_desa", "indeks_desa_2024_koreksi.csv", reversed,
        List.of("80.05,75.8,77,70.25,79.5,80.1,MANDIRI,80.12,\"dikoreksi, tata kelola\",2024," + V1));
    IngestSummary one = run(source, lake);
    assertEquals(new SourceCounts(2, 0, first.lines().size() + 1, 4, first.lines().size() - 3, 0,
        first.lines().stream().filter(l -> l.reason() != null)
            .collect(Collectors.groupingBy(CsvFiles.L::reason, Collectors.counting()))), one.source("indeks_desa"));
    Map<String, Row> silver = silver(lake, "silver/indeks_desa", "village_code", "year");
    assertEquals(3, silver.size());
    assertEquals("[" + V1 + ",2024,80.12,MANDIRI,80.1,79.5,70.25,77.0,75.8,80.05,indeks_desa_2024_koreksi.csv,2,"
        + one.runId() + "]", silver.get(V1 + "|2024").toString());

    Map<String, List<String>> before = snapshots(lake, "indeks_desa");
    IngestSummary two = run(source, lake);
    assertEquals(new SourceCounts(0, 2, 0, 0, 0, 0, Map.of()), two.source("indeks_desa"));
    assertEquals(before, snapshots(lake, "indeks_desa"));

    CsvFiles.write(source, "indeks_desa", "indeks_desa_2025.csv", CsvFiles.INDEKS_DESA_HEADER, List.of(
        V1 + ",2025,78.5,MAJU,81,80,72,79,77,82",
        V2 + ",2025,61.2,BERKEMBANG,60,62,58,63,61,63.2"));
    IngestSummary three = run(source, lake);
    assertEquals(new SourceCounts(1, 2, 2, 2, 0, 0, Map.of()), three.source("indeks_desa"));
    silver = silver(lake, "silver/indeks_desa", "village_code", "year");
    assertEquals(4, silver.size());
    assertEquals(61.2, (double) silver.get(V2 + "|2025").getAs("skor"));
    assertEquals("indeks_desa_2025.csv", silver.get(V2 + "|2025").getAs("source_file"));

    List<String> resent = new ArrayList<>(first.lines().stream().map(CsvFiles.L::line).toList());
    resent.add("3510012004,2024,70,BERKEMBANG,70,70,70,70,70,70");
    CsvFiles.write(source, "indeks_desa", first.file(), first.header(), resent);
    IngestSummary four = run(source, lake);
    assertEquals(new SourceCounts(1, 2, resent.size(), 1, 0, resent.size() - 1, Map.of()), four.source("indeks_desa"));
    silver = silver(lake, "silver/indeks_desa", "village_code", "year");
    assertEquals(5, silver.size());
    assertEquals("indeks_desa_2024_koreksi.csv", silver.get(V1 + "|2024").getAs("source_file"), "the correction still wins");
    assertEquals(80.12, (double) silver.get(V1 + "|2024").getAs("skor"));
  }
}
