-- purpose: every indicator value of every mart family, per area and period, with the small-cell flag
-- A family mart yields numerator, denominator and cell_count per indicator, area and period, and
-- the value itself only for counts and medians. Ratios are computed here, once, as
-- scale * numerator / denominator with the catalog's scale (100 for a percent).
-- Add a new family with another "union all by name select * from mart_<family>".
with family as (
  select * from mart_public_service
)
select
  f.indicator_code,
  f.area_code,
  f.area_level,
  f.period,
  f.period_kind,
  cast(f.numerator as double)   as numerator,
  cast(f.denominator as double) as denominator,
  cast(case when i.rollup = 'RATIO' then i.scale * f.numerator / nullif(f.denominator, 0)
            else f.value end as double) as value,
  cast(f.cell_count as bigint)  as cell_count,
  -- below the threshold a value is shown as suppressed in public outputs, never as a number
  i.small_cell_unit <> '' and f.cell_count < {{ min_cell }} as suppressed
from family f
join dim_indicator i on i.code = f.indicator_code
order by f.indicator_code, f.area_level, f.area_code, f.period_kind, f.period
