-- purpose: the local-economy measures per area: active enterprises and residents at each year end, BUMDes revenue and reports per month, quarter and year
-- Joining bridge_area before grouping computes every level from the records themselves
-- (enterprises, population counts, BUMDes months), never from village values.
--
-- Enterprise years run from the first registration year to the last year any registration or
-- closure falls in; every area gets a value for every such year, 0 included (a count of none is a
-- value). A business is active at a year end when registered on or before it and not closed by
-- then: closed_on null or after the year end (closed exactly on 31 December is no longer active).
-- Residents of an area at a year end: the sum of its population counts at the latest as_of date
-- not after the year end (ASOF join); with no population date by then, no value.
-- BUMDes revenue sums the monthly reports in the period; bumdes_reports counts them, so a quarter
-- or year with missing months can be recognised.
with enterprise_year as (
  select p.period, p.period_kind, p.end_date as period_end
  from {{ ref('dim_period') }} p
  where p.period_kind = 'YEAR'
    and p."year" between (select min(year(registered_on)) from {{ ref('stg_enterprises') }})
                     and (select greatest(max(year(registered_on)), coalesce(max(year(closed_on)), 0))
                          from {{ ref('stg_enterprises') }})
),
area as (
  select distinct area_code, area_level from {{ ref('bridge_area') }}
),
active as (
  select a.area_code, a.area_level, y.period, y.period_kind,
    count(e.business_id) as active_enterprises
  from area a
  cross join enterprise_year y
  left join {{ ref('bridge_area') }} b on b.area_code = a.area_code
  left join {{ ref('stg_enterprises') }} e on e.village_code = b.village_code
    and e.registered_on <= y.period_end
    and (e.closed_on is null or e.closed_on > y.period_end)
  group by all
),
area_population as (
  select b.area_code, b.area_level, p.as_of, sum(p."count") as residents
  from {{ ref('stg_population') }} p
  join {{ ref('bridge_area') }} b on b.village_code = p.village_code
  group by all
),
residents as (
  -- ASOF: per area and year, the one population date that is the latest not after the year end
  select y.area_code, y.area_level, y.period, y.period_kind, a.residents
  from (select a.*, p.period, p.period_kind, p.end_date
        from area a cross join {{ ref('dim_period') }} p where p.period_kind = 'YEAR') y
  asof join area_population a on a.area_code = y.area_code and a.as_of <= y.end_date
),
bumdes as (
  select b.area_code, b.area_level, p.period, p.period_kind,
    sum(r.revenue_idr) as bumdes_revenue_idr,
    count(*)           as bumdes_reports
  from {{ ref('stg_bumdes_monthly') }} r
  join {{ ref('bridge_period') }} p on p.day = make_date(r."year", r."month", 1)
  join {{ ref('bridge_area') }} b on b.village_code = r.village_code
  group by all
)
select 'active_enterprises' as measure, area_code, area_level, period, period_kind, 'total' as breakdown,
  '' as member, cast(active_enterprises as double) as value
from active
union all
select 'residents', area_code, area_level, period, period_kind, 'total', '', cast(residents as double)
from residents
union all
select measure, area_code, area_level, period, period_kind, 'total', '', cast(value as double)
from (unpivot bumdes on bumdes_revenue_idr, bumdes_reports into name measure value value)
