-- purpose: silver/child_measurements as pinned for this build, one row per measurement, keyed by the child pseudonym
-- Left out on purpose: birth_date (a quasi-identifier of a small child). Every use needs only the
-- age at measurement, which silver already holds as age_days (measured_on - birth_date).
select
  cast(measurement_id as varchar)     as measurement_id,
  cast(child_key as varchar)          as child_key,
  cast(village_code as varchar)       as village_code,
  cast(sex as varchar)                as sex,
  cast(measured_on as date)           as measured_on,
  cast(age_days as integer)           as age_days,
  cast(weight_kg as double)           as weight_kg,
  cast(height_cm as double)           as height_cm,
  cast(position as varchar)           as position,
  cast(source_file as varchar)        as source_file,
  cast(line_no as bigint)             as line_no,
  cast(ingest_run_id as varchar)      as ingest_run_id
from {{ source('silver/child_measurements') }}
