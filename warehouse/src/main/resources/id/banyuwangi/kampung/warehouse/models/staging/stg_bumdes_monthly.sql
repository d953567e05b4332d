-- purpose: silver/bumdes_monthly as pinned for this build, one row per village-owned enterprise (BUMDes) village and month
select
  cast(village_code as varchar)       as village_code,
  cast("year" as integer)             as "year",
  cast("month" as integer)            as "month",
  cast(revenue_idr as bigint)         as revenue_idr,
  cast(expenses_idr as bigint)        as expenses_idr,
  cast(assets_idr as bigint)          as assets_idr,
  cast(source_file as varchar)        as source_file,
  cast(line_no as bigint)             as line_no,
  cast(ingest_run_id as varchar)      as ingest_run_id
from {{ source('silver/bumdes_monthly') }}
