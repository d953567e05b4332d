-- purpose: the child-growth measures per area and period (month, quarter, year of the measurement day): children with a valid z-score and below -2 per index, in total and by sex; children measured and residents aged 0-4 for posyandu coverage
-- Prevalence ("latest measurement per child in the period"): for each child and period, and for
-- each index on its own, the latest measurement whose z-score is valid (not NULL, not flagged
-- implausible); a child whose latest measurement is flagged falls back to its latest valid one.
-- "Latest" = latest measured_on; several on the same day: the highest measurement_id (varchar
-- order). A child counts once per period, in the village of its latest measurement in the period
-- (valid or not, same tie rule), for all four indicators; joining bridge_area then pools the
-- children themselves at every level (never a mean of village values). An index with no valid
-- child in a cell has no measures there (no cell, rather than 0 of 0).
-- Coverage (D/S): distinct children measured (any measurement) over the residents aged 0-4 (both
-- sexes) at the village's latest population as_of not after the period end, for the periods with
-- any measurement. A village with no such population date is left out of both (above the village
-- only villages with a denominator are summed); one with residents but no child measured has 0.
-- By sex: the prevalences only (coverage's residents are not per child); each child also counts
-- under its sex, from the same latest measurements.
with measurement as (
  select f.*, p.period, p.period_kind, p.end_date as period_end
  from {{ ref('fact_child_growth') }} f
  join {{ ref('bridge_period') }} p on p.day = f.measured_on
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
prevalence as (
  select b.area_code, b.area_level, c.period, c.period_kind, c.breakdown, c.member,
    count(c.haz)                             as haz_children,
    count(*) filter (where c.haz < -2)       as stunted,
    count(c.whz)                             as whz_children,
    count(*) filter (where c.whz < -2)       as wasted,
    count(c.waz)                             as waz_children,
    count(*) filter (where c.waz < -2)       as underweight
  from child_breakdown c
  join {{ ref('bridge_area') }} b on b.village_code = c.village_code
  group by all
),
prevalence_measures as (
  select area_code, area_level, period, period_kind, breakdown, member,
    nullif(haz_children, 0)                          as children_valid_haz,
    case when haz_children > 0 then stunted end      as children_stunted,
    nullif(whz_children, 0)                          as children_valid_whz,
    case when whz_children > 0 then wasted end       as children_wasted,
    nullif(waz_children, 0)                          as children_valid_waz,
    case when waz_children > 0 then underweight end  as children_underweight
  from prevalence
),
measured_period as (
  select distinct period, period_kind, period_end from measurement
),
under_five_by_date as (
  -- residents aged 0-4 (both sexes) of each village at each population date it has
  select village_code, as_of,
    coalesce(sum("count") filter (where age between 0 and 4), 0) as residents_0_4
  from {{ ref('stg_population') }}
  group by village_code, as_of
),
village_under_five as (
  -- per village and period: the residents aged 0-4 at the latest population date not after the period end
  select p.period, p.period_kind, u.village_code,
    arg_max(u.residents_0_4, u.as_of) as residents_0_4
  from measured_period p
  join under_five_by_date u on u.as_of <= p.period_end
  group by p.period, p.period_kind, u.village_code
),
village_measured as (
  select village_code, period, period_kind, count(*) as children_measured
  from child_period
  group by village_code, period, period_kind
),
coverage as (
  select b.area_code, b.area_level, u.period, u.period_kind, 'total' as breakdown, '' as member,
    sum(coalesce(m.children_measured, 0))    as children_measured,
    sum(u.residents_0_4)                     as residents_aged_0_4
  from village_under_five u
  left join village_measured m
    on m.village_code = u.village_code and m.period = u.period and m.period_kind = u.period_kind
  join {{ ref('bridge_area') }} b on b.village_code = u.village_code
  group by all
)
select measure, area_code, area_level, period, period_kind, breakdown, member, cast(value as double) as value
from (unpivot prevalence_measures on children_valid_haz, children_stunted, children_valid_whz, children_wasted,
      children_valid_waz, children_underweight into name measure value value)
union all
select measure, area_code, area_level, period, period_kind, breakdown, member, cast(value as double)
from (unpivot coverage on children_measured, residents_aged_0_4 into name measure value value)
