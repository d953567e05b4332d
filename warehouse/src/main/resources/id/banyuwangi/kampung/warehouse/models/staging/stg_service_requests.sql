-- purpose: silver/service_requests as pinned for this build, one row per request, instants as TIMESTAMPTZ
-- Spark may write timestamps as INT96 (read as naive UTC) or as UTC-adjusted micros: the casts
-- make both the same instant (the session time zone is UTC).
select
  cast(txn_id as varchar)             as txn_id,
  cast(village_code as varchar)       as village_code,
  cast(kiosk_id as varchar)           as kiosk_id,
  cast(service_code as varchar)       as service_code,
  cast(channel as varchar)            as channel,
  cast(citizen_sex as varchar)        as citizen_sex,
  cast(submitted_at as timestamptz)   as submitted_at,
  cast(state as varchar)              as state,
  cast(state_at as timestamptz)       as state_at,
  cast(completed_at as timestamptz)   as completed_at,
  cast(terminal_at as timestamptz)    as terminal_at,
  cast(rating as integer)             as rating,
  cast(fee_idr as bigint)             as fee_idr,
  cast(event_count as integer)        as event_count,
  cast(updated_run_id as varchar)     as updated_run_id
from {{ source('silver/service_requests') }}
