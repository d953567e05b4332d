-- purpose: silver/child_measurements as pinned for this build, one row per measurement, keyed by the child pseudonym
-- Left out on purpose: birth_date (a quasi-identifier of a small child). Every use needs only the
-- age at measurement, which silver already holds as age_days (measured_on - birth_date).
select measurement_id, child_key, village_code, sex, measured_on, age_days, weight_kg, height_cm, position,
  source_file, line_no, ingest_run_id
from {{ source('silver/child_measurements') }}
