-- purpose: silver/kiosk_events as pinned for this build, minus the person-level columns no mart needs
-- Left out on purpose: citizen_pseudonym, citizen_birth_date (quasi-identifiers) and reason (free
-- text). event_month is the table's partition column, which Delta keeps out of the data files:
-- it is derived again exactly as ingestion defines it (yyyy-MM of event_at in WIB, UTC+7).
select
  cast(event_id as varchar)           as event_id,
  cast(txn_id as varchar)             as txn_id,
  cast(schema_version as varchar)     as schema_version,
  cast(kiosk_id as varchar)           as kiosk_id,
  cast(village_code as varchar)       as village_code,
  cast(event_type as varchar)         as event_type,
  cast(event_at as timestamptz)       as event_at,
  cast(service_code as varchar)       as service_code,
  cast(channel as varchar)            as channel,
  cast(fee_idr as bigint)             as fee_idr,
  cast(rating as integer)             as rating,
  cast(app_version as varchar)        as app_version,
  cast(uptime_s as bigint)            as uptime_s,
  cast(source_file as varchar)        as source_file,
  cast(line_no as bigint)             as line_no,
  cast(ingest_run_id as varchar)      as ingest_run_id,
  strftime(timezone('UTC', cast(event_at as timestamptz)) + interval 7 hour, '%Y-%m') as event_month
from {{ source('silver/kiosk_events') }}
