-- purpose: the ECONOMY indicators (employment ratio by survey year, active MSMEs and MSMEs per 1000 residents by year, BUMDes revenue by month, quarter and year) per area
-- Joining bridge_area before grouping computes every level from the records themselves (households,
-- enterprises, population counts, BUMDes months), never from village values. Ratio values are
-- computed in mart_indicator_value.
--
-- MSME years run from the first registration year to the last year any registration or closure
-- falls in; every area gets a row for every such year, 0 included (a count of none is a value).
-- A business is active at a year end when registered on or before it and not closed by then:
-- closed_on null or after the year end (closed exactly on 31 December is no longer active).
-- The residents of an area are the sum of its population counts at the latest as_of date not
-- after the year end (ASOF join); with no population date by then there is no MSME_PER_1000 value.
-- BUMDes revenue sums the monthly reports in the period; cell_count is the number of monthly
-- reports summed, so a quarter or year with missing months can be recognised.
with employment as (
  select b.area_code, b.area_level, cast(h.survey_year as varchar) as period,
    sum(h.members_employed)    as employed,
    sum(h.members_working_age) as working_age
  from stg_households h
  join bridge_area b on b.village_code = h.village_code
  group by b.area_code, b.area_level, h.survey_year
),
msme_year as (
  select range as "year", make_date(cast(range as integer), 12, 31) as period_end
  from range(
    (select min(year(registered_on)) from stg_enterprises),
    (select greatest(max(year(registered_on)), coalesce(max(year(closed_on)), 0)) from stg_enterprises) + 1)
),
area_year as (
  select a.area_code, a.area_level, y."year", y.period_end
  from (select distinct area_code, area_level from bridge_area) a
  cross join msme_year y
),
active as (
  select a.area_code, a.area_level, a."year", a.period_end,
    count(e.business_id) as active_enterprises
  from area_year a
  left join bridge_area b on b.area_code = a.area_code
  left join stg_enterprises e on e.village_code = b.village_code
    and e.registered_on <= a.period_end
    and (e.closed_on is null or e.closed_on > a.period_end)
  group by a.area_code, a.area_level, a."year", a.period_end
),
area_population as (
  select b.area_code, p.as_of, sum(p."count") as residents
  from stg_population p
  join bridge_area b on b.village_code = p.village_code
  group by b.area_code, p.as_of
),
active_per_resident as (
  select a.*, p.residents
  from active a
  asof join area_population p on p.area_code = a.area_code and p.as_of <= a.period_end
),
bumdes as (
  select village_code, revenue_idr,
    unnest([printf('%04d-%02d', "year", "month"),
            printf('%04d-Q%d', "year", (("month" - 1) // 3) + 1),
            printf('%04d', "year")])         as period,
    unnest(['MONTH', 'QUARTER', 'YEAR'])    as period_kind
  from stg_bumdes_monthly
),
bumdes_by_area as (
  select b.area_code, b.area_level, r.period, r.period_kind,
    sum(r.revenue_idr) as revenue_idr,
    count(*)           as monthly_reports
  from bumdes r
  join bridge_area b on b.village_code = r.village_code
  group by b.area_code, b.area_level, r.period, r.period_kind
)
select 'EMPLOYMENT_RATIO' as indicator_code, area_code, area_level, period, 'SURVEY_YEAR' as period_kind,
  cast(employed as double) as numerator, cast(working_age as double) as denominator,
  cast(null as double) as value, cast(working_age as bigint) as cell_count
from employment
union all
select 'MSME_ACTIVE', area_code, area_level, cast("year" as varchar), 'YEAR',
  active_enterprises, null, active_enterprises, active_enterprises
from active
union all
select 'MSME_PER_1000', area_code, area_level, cast("year" as varchar), 'YEAR',
  active_enterprises, residents, null, residents
from active_per_resident
union all
select 'BUMDES_REVENUE', area_code, area_level, period, period_kind,
  revenue_idr, null, revenue_idr, monthly_reports
from bumdes_by_area
