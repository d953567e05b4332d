-- purpose: the EDUCATION indicators (APM and APK for SD, SMP, SMA, dropout rate) for every village, kecamatan and the regency, per school year, in total and by sex
-- Students count in their village of residence (the enrolment row's village_code). Age is
-- age_on_1_july from staging: completed years on 1 July of the school year's first year.
-- APM_<level> = ACTIVE students of the level within the official age group / residents of that
-- age group; APK_<level> = ACTIVE students of the level of any age / the same residents. Official
-- groups (contract section 5): SD 7-12, SMP 13-15, SMA 16-18. Residents: stg_population at exactly
-- 30 June of the first year, both sexes, ages as published on that date. A village without
-- population at that date has no APM/APK value, and above the village its students and residents
-- are both left out (kecamatan and regency sum only villages with a denominator); a village with
-- residents but no student of a level gets 0. cell_count = the residents (the denominator).
-- DROPOUT_RATE = students with status DROPPED_OUT / all students listed in the school year (any
-- level and status), needing no population; cell_count = the students listed.
-- Breakdown by sex: students over residents of the same sex (both sources code it L/P), by the
-- same rules as the total, village by village; the total itself never depends on sex.
-- Ratio values are computed in mart_indicator_cell.
with school_year as (
  select distinct school_year, school_year_start from stg_school_enrolments
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
  join stg_population pop on pop.as_of = make_date(y.school_year_start, 6, 30)
  cross join age_group g
  cross join breakdown k
  group by all
),
village_students as (
  select e.school_year, e.village_code, g.level, k.breakdown,
    case k.breakdown when 'sex' then e.sex else '' end as member,
    count(*) filter (where e.status = 'ACTIVE')                                           as active,
    count(*) filter (where e.status = 'ACTIVE' and e.age_on_1_july between g.min_age and g.max_age) as active_of_age
  from stg_school_enrolments e
  join age_group g on g.level = e.level
  cross join breakdown k
  group by all
),
enrolment_by_area as (
  select b.area_code, b.area_level, r.school_year as period, r.level, r.breakdown, r.member,
    sum(coalesce(s.active, 0))               as active,
    sum(coalesce(s.active_of_age, 0))        as active_of_age,
    sum(r.residents)                         as residents
  from village_residents r
  left join village_students s
    on s.school_year = r.school_year and s.village_code = r.village_code and s.level = r.level
       and s.breakdown = r.breakdown and s.member = r.member
  join bridge_area b on b.village_code = r.village_code
  group by all
),
dropout_by_area as (
  select b.area_code, b.area_level, e.school_year as period, k.breakdown,
    case k.breakdown when 'sex' then e.sex else '' end as member,
    count(*)                                           as students,
    count(*) filter (where e.status = 'DROPPED_OUT')   as dropped_out
  from stg_school_enrolments e
  join bridge_area b on b.village_code = e.village_code
  cross join breakdown k
  group by all
)
select 'APM_' || level as indicator_code, area_code, area_level, period, 'SCHOOL_YEAR' as period_kind,
  cast(active_of_age as double) as numerator, cast(residents as double) as denominator,
  cast(null as double) as value, residents as cell_count, breakdown, member
from enrolment_by_area
union all
select 'APK_' || level, area_code, area_level, period, 'SCHOOL_YEAR',
  active, residents, null, residents, breakdown, member
from enrolment_by_area
union all
select 'DROPOUT_RATE', area_code, area_level, period, 'SCHOOL_YEAR',
  dropped_out, students, null, students, breakdown, member
from dropout_by_area
