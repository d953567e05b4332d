-- purpose: the school-enrolment measures per area and school year, in total and by sex: ACTIVE students per level (of any age and of the official age group), the residents of each age group, students listed and dropped out
-- Students count in their village of residence (the enrolment row's village_code). Age is
-- age_on_1_july from staging: completed years on 1 July of the school year's first year. Official
-- groups (contract section 5): SD 7-12, SMP 13-15, SMA 16-18. Residents: stg_population at exactly
-- 30 June of the first year, both sexes (or the member's sex), ages as published on that date. A
-- village without population at that date is left out of the student and resident measures
-- (kecamatan and regency sum only villages with a denominator); a village with residents but no
-- student of a level has 0. Students listed and dropped out (any level and status) need no
-- population. By sex: students and residents of the same sex (both sources code it L/P), by the
-- same rules as the total, village by village; the total itself never depends on sex.
with school_year as (
  select distinct school_year, school_year_start from {{ ref('stg_school_enrolments') }}
),
age_group as (
  select * from (values ('SD', 7, 12), ('SMP', 13, 15), ('SMA', 16, 18)) g(level, min_age, max_age)
),
breakdown as (
  select * from (values ('total'), ('sex')) k(breakdown)
),
village_residents as (
  -- residents of each official age group on 30 June of the first year, in total and by sex
  select y.school_year, pop.village_code, g.level, k.breakdown,
    case k.breakdown when 'sex' then pop.sex else '' end as member,
    coalesce(sum(pop."count") filter (where pop.age between g.min_age and g.max_age), 0) as residents
  from school_year y
  join {{ ref('stg_population') }} pop on pop.as_of = make_date(y.school_year_start, 6, 30)
  cross join age_group g
  cross join breakdown k
  group by all
),
village_students as (
  select e.school_year, e.village_code, g.level, k.breakdown,
    case k.breakdown when 'sex' then e.sex else '' end as member,
    count(*) filter (where e.status = 'ACTIVE')                                           as active,
    count(*) filter (where e.status = 'ACTIVE' and e.age_on_1_july between g.min_age and g.max_age) as active_of_age
  from {{ ref('stg_school_enrolments') }} e
  join age_group g on g.level = e.level
  cross join breakdown k
  group by all
),
enrolment as (
  select b.area_code, b.area_level, p.period, p.period_kind, r.breakdown, r.member,
    sum(coalesce(s.active, 0)) filter (where r.level = 'SD')         as sd_students_active,
    sum(coalesce(s.active_of_age, 0)) filter (where r.level = 'SD')  as sd_students_active_of_age,
    sum(r.residents) filter (where r.level = 'SD')                   as residents_aged_7_12,
    sum(coalesce(s.active, 0)) filter (where r.level = 'SMP')        as smp_students_active,
    sum(coalesce(s.active_of_age, 0)) filter (where r.level = 'SMP') as smp_students_active_of_age,
    sum(r.residents) filter (where r.level = 'SMP')                  as residents_aged_13_15,
    sum(coalesce(s.active, 0)) filter (where r.level = 'SMA')        as sma_students_active,
    sum(coalesce(s.active_of_age, 0)) filter (where r.level = 'SMA') as sma_students_active_of_age,
    sum(r.residents) filter (where r.level = 'SMA')                  as residents_aged_16_18
  from village_residents r
  left join village_students s
    on s.school_year = r.school_year and s.village_code = r.village_code and s.level = r.level
       and s.breakdown = r.breakdown and s.member = r.member
  join {{ ref('dim_period') }} p on p.period_kind = 'SCHOOL_YEAR' and p.period = r.school_year
  join {{ ref('bridge_area') }} b on b.village_code = r.village_code
  group by all
),
listed as (
  select b.area_code, b.area_level, p.period, p.period_kind, k.breakdown,
    case k.breakdown when 'sex' then e.sex else '' end as member,
    count(*)                                           as students_listed,
    count(*) filter (where e.status = 'DROPPED_OUT')   as students_dropped_out
  from {{ ref('stg_school_enrolments') }} e
  join {{ ref('dim_period') }} p on p.period_kind = 'SCHOOL_YEAR' and p.period = e.school_year
  join {{ ref('bridge_area') }} b on b.village_code = e.village_code
  cross join breakdown k
  group by all
)
select measure, area_code, area_level, period, period_kind, breakdown, member, cast(value as double) as value
from (unpivot enrolment on sd_students_active, sd_students_active_of_age, residents_aged_7_12, smp_students_active,
      smp_students_active_of_age, residents_aged_13_15, sma_students_active, sma_students_active_of_age,
      residents_aged_16_18 into name measure value value)
union all
select measure, area_code, area_level, period, period_kind, breakdown, member, cast(value as double)
from (unpivot listed on students_listed, students_dropped_out into name measure value value)
