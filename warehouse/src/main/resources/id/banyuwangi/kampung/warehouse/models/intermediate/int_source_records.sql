-- purpose: every stored record of every source with its village, the day it is about, its file and the ingest run that stored it: what the data-quality views count
-- source is the name ingest runs and quarantine use (kiosk, or the CSV source's directory). The day a
-- record is about: a kiosk event's WIB day, a measurement's, a survey's, a registration's, a BUMDes
-- month's last day, a population count's as_of; a school year or an index year has none (null).
select 'kiosk' as source, village_code, wib_date(event_at) as record_date, source_file, ingest_run_id
from {{ ref('stg_kiosk_events') }}
union all select 'population', village_code, as_of, source_file, ingest_run_id from {{ ref('stg_population') }}
union all select 'households', village_code, survey_date, source_file, ingest_run_id from {{ ref('stg_households') }}
union all select 'posyandu', village_code, measured_on, source_file, ingest_run_id from {{ ref('stg_child_measurements') }}
union all select 'schools', village_code, cast(null as date), source_file, ingest_run_id from {{ ref('stg_school_enrolments') }}
union all select 'msme', village_code, registered_on, source_file, ingest_run_id from {{ ref('stg_enterprises') }}
union all select 'bumdes', village_code, last_day(make_date("year", "month", 1)), source_file, ingest_run_id
from {{ ref('stg_bumdes_monthly') }}
union all select 'idm', village_code, cast(null as date), source_file, ingest_run_id from {{ ref('stg_idm') }}
union all select 'indeks_desa', village_code, cast(null as date), source_file, ingest_run_id from {{ ref('stg_indeks_desa') }}
