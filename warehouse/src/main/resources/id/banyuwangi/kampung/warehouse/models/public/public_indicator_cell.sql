-- purpose: mart_indicator_cell as public outputs (API, reports) may show it: suppressed cells carry no numbers
-- cell_count is hidden too: for a count it is the count, for a ratio the denominator. category is
-- a label (the IDM band), not a number, so it stays. Each breakdown member is suppressed on its
-- own, so a breakdown never shows what the total's rule would hide.
select
  * replace (
    case when suppressed then null else numerator end   as numerator,
    case when suppressed then null else denominator end as denominator,
    case when suppressed then null else value end       as value,
    case when suppressed then null else cell_count end  as cell_count)
from {{ ref('mart_indicator_cell') }}
