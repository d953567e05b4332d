-- purpose: silver/population as pinned for this build: residents per village, semester end (as_of), sex and single year of age
-- age 100 means 100 and over (contract section 2). Aggregate counts only: no person in here.
select village_code, as_of, sex, age, "count", source_file, line_no, ingest_run_id
from {{ source('silver/population') }}
