-- purpose: mart_indicator_cell as public outputs (API, reports) may show it: hidden cells (primary and secondary suppression) carry no numbers and say why
-- suppressed is true for a cell below the small-cell threshold (primary) and for a cell hidden so
-- that no small cell can be recomputed by subtraction (secondary, mart_disclosure); suppression
-- says which (SDMX: CONF_STATUS A / D). cell_count is hidden too: for a count it is the count, for
-- a ratio the denominator. category is a label (the village band), not a number, so it stays
-- (band indicators count villages and are never in mart_disclosure).
select
  c.* replace (
    d.suppression is not null as suppressed,
    case when d.suppression is not null then null else c.numerator end   as numerator,
    case when d.suppression is not null then null else c.denominator end as denominator,
    case when d.suppression is not null then null else c.value end       as value,
    case when d.suppression is not null then null else c.cell_count end  as cell_count),
  d.suppression
from {{ ref('mart_indicator_cell') }} c
left join {{ ref('mart_disclosure') }} d
  on d.indicator_code = c.indicator_code and d.area_code = c.area_code and d.period = c.period
 and d.period_kind = c.period_kind and d.breakdown = c.breakdown and d.member = c.member
