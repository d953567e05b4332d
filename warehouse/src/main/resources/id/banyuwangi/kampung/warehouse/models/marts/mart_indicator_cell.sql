-- purpose: every cell of every catalog indicator (totals and breakdowns) per area and period: the one evaluator that turns the catalog's measures into values
-- An indicator is one row of dim_indicator over named measures of fct_measure (DHIS2's model:
-- numerator and denominator as data, one evaluator). A cell exists where the indicator's value
-- measure (its numerator, or its statistic for a median) has a row in one of the indicator's
-- period kinds and breakdowns, and its denominator too when it has one. Then, by rollup:
--   RATIO, MEAN_OVER_VILLAGES: value = scale * numerator / denominator (NULL when it is 0);
--   COUNT, SUM: value = numerator;  MEDIAN: value = the statistic, numerator NULL;
--   COUNT_BY_BAND: one cell per member of the category breakdown (category = the member), value
--     = the villages in it; a village's own cell names its band and carries no number.
-- cell_count is the indicator's cell_count measure; a cell is suppressed when the indicator has a
-- small-cell unit and cell_count is below var('min_cell') (an unknown count is a small cell).
-- breakdown is 'total' (member '') or one of the indicator's catalog breakdowns.
with indicator as (
  select i.*, coalesce(nullif(i.statistic, ''), i.numerator) as value_measure
  from {{ ref('dim_indicator') }} i
),
grain as (
  select i.code, i.rollup, i.scale, i.small_cell_unit, i.category, i.numerator, i.denominator,
    i.statistic, i.cell_count, v.area_code, v.area_level, v.period, v.period_kind, v.breakdown, v.member,
    v.value as primary_value
  from indicator i
  join {{ ref('fct_measure') }} v
    on v.measure = i.value_measure
   and list_contains(i.periods, v.period_kind)
   and case when i.category <> '' then v.breakdown = i.category
            else v.breakdown = 'total' or list_contains(i.breakdowns, v.breakdown) end
),
cell as (
  select g.*, d.value as denominator_value, c.value as cell_count_value
  from grain g
  left join {{ ref('fct_measure') }} d
    on d.measure = g.denominator and d.area_code = g.area_code and d.period = g.period
   and d.period_kind = g.period_kind and d.breakdown = g.breakdown and d.member = g.member
  left join {{ ref('fct_measure') }} c
    on c.measure = g.cell_count and c.area_code = g.area_code and c.period = g.period
   and c.period_kind = g.period_kind and c.breakdown = g.breakdown and c.member = g.member
  where g.denominator = '' or d.value is not null
),
banded as (
  select *,
    rollup = 'COUNT_BY_BAND' and area_level = 'VILLAGE' as is_village_band
  from cell
  -- a village is in one band: its cell is that band's, the other (zero) bands are not cells
  where not (rollup = 'COUNT_BY_BAND' and area_level = 'VILLAGE' and primary_value = 0)
)
select
  code                                                                   as indicator_code,
  area_code,
  area_level,
  period,
  period_kind,
  case when rollup = 'MEDIAN' or is_village_band then null else primary_value end as numerator,
  denominator_value                                                      as denominator,
  case when rollup in ('RATIO', 'MEAN_OVER_VILLAGES') then scale * primary_value / nullif(denominator_value, 0)
       when is_village_band then null
       else primary_value end                                            as value,
  cast(cell_count_value as bigint)                                       as cell_count,
  small_cell_unit <> '' and coalesce(cell_count_value, 0) < {{ var('min_cell') }} as suppressed,
  case when category <> '' then member end                              as category,
  case when category <> '' then 'total' else breakdown end              as breakdown,
  case when category <> '' then '' else member end                      as member
from banded
order by indicator_code, breakdown, area_level, area_code, period_kind, period, member, category
