-- purpose: the four HEALTH growth indicators (stunting, wasting, underweight, posyandu D/S) for every village, kecamatan and the regency, per month, quarter and year; the prevalences also by sex
-- Periods are the calendar month, quarter and year of measured_on (a date, already the local day).
-- Prevalence (catalog: "latest measurement per child in the period"): for each child and period,
-- and for each index on its own, the latest measurement whose z-score is valid (not NULL, not
-- flagged implausible); a child whose latest measurement is flagged falls back to its latest
-- valid one. "Latest" = latest measured_on; several on the same day: the highest measurement_id
-- (varchar order). cell_count = children in the denominator.
-- Area: a child counts once per period, in the village of its latest measurement in the period
-- (valid or not, same tie rule), for all four indicators; joining bridge_area then pools the
-- children themselves at every level (never a mean of village values).
-- Posyandu coverage (D/S): distinct children measured (any measurement) / residents aged 0-4
-- (both sexes) at the village's latest population as_of not after the period end. A village with
-- no such population date has no coverage value, and above the village its children and its
-- residents are both left out (the kecamatan and regency sum only villages with a denominator).
-- A village with residents but no child measured in a period (of the periods that have any
-- measurement) has coverage 0. cell_count = the residents aged 0-4 (the denominator).
-- Breakdown by sex (the prevalences only: coverage's residents are not per child): each child also
-- counts under its sex, from the same latest measurements.
-- Ratio values are computed in mart_indicator_cell.
with measurement as (
  select f.*,
    unnest([strftime(f.measured_on, '%Y-%m'),
            strftime(f.measured_on, '%Y') || '-Q' || quarter(f.measured_on),
            strftime(f.measured_on, '%Y')])              as period,
    unnest(['MONTH', 'QUARTER', 'YEAR'])                  as period_kind,
    unnest([last_day(f.measured_on),
            last_day(make_date(year(f.measured_on), quarter(f.measured_on) * 3, 1)),
            make_date(year(f.measured_on), 12, 31)])      as period_end
  from fact_child_growth f
),
child_period as (
  -- one row per child and period; arg_max's key (measured_on, measurement_id) is unique per child
  select child_key, period, period_kind, period_end,
    arg_max(village_code, (measured_on, measurement_id))                                 as village_code,
    arg_max(sex, (measured_on, measurement_id))                                          as sex,
    arg_max(haz, (measured_on, measurement_id)) filter (where haz is not null and not haz_flag) as haz,
    arg_max(whz, (measured_on, measurement_id)) filter (where whz is not null and not whz_flag) as whz,
    arg_max(waz, (measured_on, measurement_id)) filter (where waz is not null and not waz_flag) as waz
  from measurement
  group by child_key, period, period_kind, period_end
),
child_breakdown as (
  select c.*, k.breakdown, case k.breakdown when 'sex' then c.sex else '' end as member
  from child_period c
  cross join (values ('total'), ('sex')) k(breakdown)
),
prevalence_by_area as (
  select b.area_code, b.area_level, c.period, c.period_kind, c.breakdown, c.member,
    count(c.haz)                             as haz_children,
    count(*) filter (where c.haz < -2)       as stunted,
    count(c.whz)                             as whz_children,
    count(*) filter (where c.whz < -2)       as wasted,
    count(c.waz)                             as waz_children,
    count(*) filter (where c.waz < -2)       as underweight
  from child_breakdown c
  join bridge_area b on b.village_code = c.village_code
  group by b.area_code, b.area_level, c.period, c.period_kind, c.breakdown, c.member
),
period as (
  select distinct period, period_kind, period_end from measurement
),
under_five_by_date as (
  -- residents aged 0-4 (both sexes) of each village at each population date it has
  select village_code, as_of,
    coalesce(sum("count") filter (where age between 0 and 4), 0) as residents_0_4
  from stg_population
  group by village_code, as_of
),
village_under_five as (
  -- per village and period: the residents aged 0-4 at the latest population date not after the period end
  select p.period, p.period_kind, u.village_code,
    arg_max(u.residents_0_4, u.as_of) as residents_0_4
  from period p
  join under_five_by_date u on u.as_of <= p.period_end
  group by p.period, p.period_kind, u.village_code
),
village_measured as (
  select village_code, period, period_kind, count(*) as children_measured
  from child_period
  group by village_code, period, period_kind
),
coverage_by_area as (
  select b.area_code, b.area_level, u.period, u.period_kind,
    sum(coalesce(m.children_measured, 0))    as children_measured,
    sum(u.residents_0_4)                     as residents_0_4
  from village_under_five u
  left join village_measured m
    on m.village_code = u.village_code and m.period = u.period and m.period_kind = u.period_kind
  join bridge_area b on b.village_code = u.village_code
  group by b.area_code, b.area_level, u.period, u.period_kind
)
select 'STUNTING_PREVALENCE' as indicator_code, area_code, area_level, period, period_kind,
  cast(stunted as double) as numerator, cast(haz_children as double) as denominator,
  cast(null as double) as value, haz_children as cell_count, breakdown, member
from prevalence_by_area where haz_children > 0
union all
select 'WASTING_PREVALENCE', area_code, area_level, period, period_kind,
  wasted, whz_children, null, whz_children, breakdown, member
from prevalence_by_area where whz_children > 0
union all
select 'UNDERWEIGHT_PREVALENCE', area_code, area_level, period, period_kind,
  underweight, waz_children, null, waz_children, breakdown, member
from prevalence_by_area where waz_children > 0
union all
select 'POSYANDU_COVERAGE', area_code, area_level, period, period_kind,
  children_measured, residents_0_4, null, residents_0_4, 'total', ''
from coverage_by_area
