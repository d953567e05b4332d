-- purpose: silver/kiosk_events as pinned for this build, the events the request lifecycle is computed from
-- Left out on purpose: citizen_pseudonym, citizen_birth_date (quasi-identifiers), citizen_sex (no
-- indicator uses it) and reason (free text). The partition column event_month is not needed: every
-- period is cut from event_at by the WIB rule (macro wib_date) through dim_period.
select event_id, txn_id, schema_version, kiosk_id, village_code, event_type, event_at, service_code, channel,
  fee_idr, rating, app_version, uptime_s, source_file, line_no, ingest_run_id
from {{ source('silver/kiosk_events') }}
