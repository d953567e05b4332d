-- purpose: mart_indicator_value as public outputs (API, reports) may show it: suppressed cells carry no numbers
-- materialized: view
-- cell_count is hidden too: for a count it is the count, for a ratio the denominator. category is
-- a label (the IDM band), not a number, so it stays.
select
  indicator_code,
  area_code,
  area_level,
  period,
  period_kind,
  case when suppressed then null else numerator end   as numerator,
  case when suppressed then null else denominator end as denominator,
  case when suppressed then null else value end       as value,
  case when suppressed then null else cell_count end  as cell_count,
  suppressed,
  category
from mart_indicator_value
