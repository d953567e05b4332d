-- purpose: silver/enterprises as pinned for this build, one row per micro or small enterprise (closed_on null while open)
select business_id, village_code, kbli_section, registered_on, closed_on, employees, monthly_revenue_idr,
  source_file, line_no, ingest_run_id
from {{ source('silver/enterprises') }}
