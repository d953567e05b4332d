-- purpose: silver/school_enrolments as pinned for this build, one row per student and school year, keyed by the student pseudonym
-- Left out on purpose: birth_date (a quasi-identifier). What the enrolment ratios need is the age
-- in completed years on 1 July of the school year's first year (contract section 5), derived here:
-- a student born on 1 July has had that birthday. school_year_start is that first year (2023 for
-- 2023/2024), the year of the population date (30 June) the ratios divide by.
with enrolment as (
  select *, cast(substr(cast(school_year as varchar), 1, 4) as integer) as first_year
  from {{ source('silver/school_enrolments') }}
)
select
  cast(student_key as varchar)        as student_key,
  cast(village_code as varchar)       as village_code,
  cast(sex as varchar)                as sex,
  cast(school_year as varchar)        as school_year,
  first_year                          as school_year_start,
  first_year - year(cast(birth_date as date))
    - case when strftime(cast(birth_date as date), '%m-%d') > '07-01' then 1 else 0 end
                                      as age_on_1_july,
  cast(level as varchar)              as level,
  cast(grade as integer)              as grade,
  cast(status as varchar)             as status,
  cast(source_file as varchar)        as source_file,
  cast(line_no as bigint)             as line_no,
  cast(ingest_run_id as varchar)      as ingest_run_id
from enrolment
