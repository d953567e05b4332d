-- purpose: silver/idm as pinned for this build, the published IDM sub-indices per village and year
select
  cast(village_code as varchar)       as village_code,
  cast("year" as integer)             as "year",
  cast(iks as double)                 as iks,
  cast(ike as double)                 as ike,
  cast(ikl as double)                 as ikl,
  cast(source_file as varchar)        as source_file,
  cast(line_no as bigint)             as line_no,
  cast(ingest_run_id as varchar)      as ingest_run_id
from {{ source('silver/idm') }}
