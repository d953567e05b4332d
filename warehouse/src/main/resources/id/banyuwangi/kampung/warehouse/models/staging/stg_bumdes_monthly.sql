-- purpose: silver/bumdes_monthly as pinned for this build, one row per village-owned enterprise (BUMDes) village and month
select village_code, "year", "month", revenue_idr, expenses_idr, assets_idr, source_file, line_no, ingest_run_id
from {{ source('silver/bumdes_monthly') }}
