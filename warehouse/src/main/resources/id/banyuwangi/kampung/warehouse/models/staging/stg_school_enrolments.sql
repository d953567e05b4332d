-- purpose: silver/school_enrolments as pinned for this build, one row per student and school year, keyed by the student pseudonym
-- Left out on purpose: birth_date (a quasi-identifier). What the enrolment ratios need is the age
-- in completed years on 1 July of the school year's first year (contract section 5), derived here:
-- a student born on 1 July has had that birthday. school_year_start is that first year (2023 for
-- 2023/2024), the year of the population date (30 June) the ratios divide by.
with enrolment as (
  select *, cast(substr(school_year, 1, 4) as integer) as first_year
  from {{ source('silver/school_enrolments') }}
)
select
  student_key,
  village_code,
  sex,
  school_year,
  first_year                          as school_year_start,
  first_year - year(birth_date)
    - case when strftime(birth_date, '%m-%d') > '07-01' then 1 else 0 end
                                      as age_on_1_july,
  level,
  grade,
  status,
  source_file,
  line_no,
  ingest_run_id
from enrolment
