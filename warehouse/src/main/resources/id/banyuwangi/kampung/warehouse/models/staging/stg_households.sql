-- purpose: silver/households as pinned for this build, one row per household and survey year, keyed by the household pseudonym
-- household_key is the pseudonym of the DTKS household_id (ingestion never lands the clear id).
select household_key, village_code, survey_year, survey_date, members, expenditure_idr_month, head_sex, head_age,
  head_education, members_working_age, members_employed, members_jkn, receives_pkh, receives_bpnt, water_source,
  sanitation, electricity, source_file, line_no, ingest_run_id
from {{ source('silver/households') }}
