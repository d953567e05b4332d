-- purpose: silver/enterprises as pinned for this build, one row per micro or small enterprise (closed_on null while open)
select
  cast(business_id as varchar)        as business_id,
  cast(village_code as varchar)       as village_code,
  cast(kbli_section as varchar)       as kbli_section,
  cast(registered_on as date)         as registered_on,
  cast(closed_on as date)             as closed_on,
  cast(employees as integer)          as employees,
  cast(monthly_revenue_idr as bigint) as monthly_revenue_idr,
  cast(source_file as varchar)        as source_file,
  cast(line_no as bigint)             as line_no,
  cast(ingest_run_id as varchar)      as ingest_run_id
from {{ source('silver/enterprises') }}
