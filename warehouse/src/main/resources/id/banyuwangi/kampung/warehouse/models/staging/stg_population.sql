-- purpose: silver/population as pinned for this build: residents per village, semester end (as_of), sex and single year of age
-- age 100 means 100 and over (contract section 2). Aggregate counts only: no person in here.
select
  cast(village_code as varchar)       as village_code,
  cast(as_of as date)                 as as_of,
  cast(sex as varchar)                as sex,
  cast(age as integer)                as age,
  cast("count" as bigint)             as "count",
  cast(source_file as varchar)        as source_file,
  cast(line_no as bigint)             as line_no,
  cast(ingest_run_id as varchar)      as ingest_run_id
from {{ source('silver/population') }}
