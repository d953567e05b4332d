-- purpose: silver/households as pinned for this build, one row per household and survey year, keyed by the household pseudonym
-- household_key is the pseudonym of the DTKS household_id (ingestion never lands the clear id).
select
  cast(household_key as varchar)          as household_key,
  cast(village_code as varchar)           as village_code,
  cast(survey_year as integer)            as survey_year,
  cast(survey_date as date)               as survey_date,
  cast(members as integer)                as members,
  cast(expenditure_idr_month as bigint)   as expenditure_idr_month,
  cast(head_sex as varchar)               as head_sex,
  cast(head_age as integer)               as head_age,
  cast(head_education as varchar)         as head_education,
  cast(members_working_age as integer)    as members_working_age,
  cast(members_employed as integer)       as members_employed,
  cast(members_jkn as integer)            as members_jkn,
  cast(receives_pkh as boolean)           as receives_pkh,
  cast(receives_bpnt as boolean)          as receives_bpnt,
  cast(water_source as varchar)           as water_source,
  cast(sanitation as varchar)             as sanitation,
  cast(electricity as varchar)            as electricity,
  cast(source_file as varchar)            as source_file,
  cast(line_no as bigint)                 as line_no,
  cast(ingest_run_id as varchar)          as ingest_run_id
from {{ source('silver/households') }}
