-- purpose: silver/idm as pinned for this build, the published IDM sub-indices per village and year
select village_code, "year", iks, ike, ikl, source_file, line_no, ingest_run_id
from {{ source('silver/idm') }}
