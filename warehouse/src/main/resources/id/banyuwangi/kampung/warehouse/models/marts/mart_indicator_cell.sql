-- purpose: every indicator cell of every mart family (totals and breakdowns), per area and period, with its value and small-cell flag
-- A family mart yields numerator, denominator and cell_count per indicator, area and period, and
-- the value itself only for counts, sums, medians and band counts. Ratios (rollup RATIO) and the
-- IDM mean over villages (MEAN_OVER_VILLAGES: sum of village scores / villages) are computed here,
-- once, as scale * numerator / denominator with the catalog's scale (100 for a percent).
-- category is the band of a categorical indicator (IDM_STATUS) and NULL for all others.
-- breakdown is 'total' or one of the indicator's catalog disaggregations ('sex', 'service',
-- 'channel'), member the breakdown's value ('' for the total); a family without breakdowns
-- leaves both out and its rows are totals. A breakdown that the catalog does not declare for its
-- indicator fails the build: the catalog is the one place an indicator is defined, and the API
-- offers what it declares.
--
-- One family per line: add a family with one more "union all by name select * from mart_<family>"
-- line. By name, a family that has
-- no category column gets NULL; the first line fixes the columns and their types.
with family as (
  select cast(null as varchar) as indicator_code, cast(null as varchar) as area_code,
    cast(null as varchar) as area_level, cast(null as varchar) as period,
    cast(null as varchar) as period_kind, cast(null as double) as numerator,
    cast(null as double) as denominator, cast(null as double) as value,
    cast(null as bigint) as cell_count, cast(null as varchar) as category,
    cast(null as varchar) as breakdown, cast(null as varchar) as member
  where false
  union all by name select * from mart_public_service
  union all by name select * from mart_poverty
  union all by name select * from mart_economy
  union all by name select * from mart_development
  union all by name select * from mart_health
  union all by name select * from mart_education
)
select
  f.indicator_code,
  f.area_code,
  f.area_level,
  f.period,
  f.period_kind,
  cast(f.numerator as double)   as numerator,
  cast(f.denominator as double) as denominator,
  cast(case when i.rollup in ('RATIO', 'MEAN_OVER_VILLAGES')
              then i.scale * f.numerator / nullif(f.denominator, 0)
            else f.value end as double) as value,
  cast(f.cell_count as bigint)  as cell_count,
  -- below the threshold a value is shown as suppressed in public outputs, never as a number;
  -- an unknown cell count is treated as a small cell
  i.small_cell_unit <> '' and coalesce(f.cell_count, 0) < {{ min_cell }} as suppressed,
  f.category,
  coalesce(f.breakdown, 'total')  as breakdown,
  coalesce(f.member, '')          as member
from family f
join dim_indicator i on i.code = f.indicator_code
where f.breakdown is null or f.breakdown = 'total'
  or case when list_contains(string_split(i.disaggregations, '|'), f.breakdown) then true
          else error('indicator ' || f.indicator_code || ' is broken down by ' || f.breakdown
                     || ', which the catalog does not declare') end
order by f.indicator_code, breakdown, f.area_level, f.area_code, f.period_kind, f.period, member, f.category
