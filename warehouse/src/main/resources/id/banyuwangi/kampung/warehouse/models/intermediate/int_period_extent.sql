-- purpose: the calendar days the dated records span, and the survey and school years the sources hold: what the period spine (dim_period) covers
-- One row per span: CALENDAR (first and last day of every dated record: events in WIB, measurements,
-- BUMDes months, enterprise registrations and closures, population dates, index years), and one row
-- per SURVEY_YEAR and SCHOOL_YEAR found (its code in period).
with calendar_day as (
  select wib_date(event_at) as day from {{ ref('stg_kiosk_events') }}
  union all select measured_on from {{ ref('stg_child_measurements') }}
  union all select make_date("year", "month", 1) from {{ ref('stg_bumdes_monthly') }}
  union all select registered_on from {{ ref('stg_enterprises') }}
  union all select closed_on from {{ ref('stg_enterprises') }}
  union all select as_of from {{ ref('stg_population') }}
  union all select make_date("year", 1, 1) from {{ ref('stg_idm') }}
  union all select make_date("year", 1, 1) from {{ ref('stg_indeks_desa') }}
)
select 'CALENDAR' as span, min(day) as first_day, max(day) as last_day, cast(null as varchar) as period
from calendar_day
having count(day) > 0
union all
select distinct 'SURVEY_YEAR', null, null, cast(survey_year as varchar) from {{ ref('stg_households') }}
union all
select distinct 'SCHOOL_YEAR', null, null, school_year from {{ ref('stg_school_enrolments') }}
