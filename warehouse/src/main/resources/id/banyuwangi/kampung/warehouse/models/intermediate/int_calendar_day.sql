-- purpose: each calendar day of the spine with the codes of its month, quarter and year, for facts that carry their periods as columns
select
  day,
  max(period) filter (where period_kind = 'MONTH')   as "month",
  max(period) filter (where period_kind = 'QUARTER') as "quarter",
  max(period) filter (where period_kind = 'YEAR')    as "year"
from {{ ref('bridge_period') }}
group by day
