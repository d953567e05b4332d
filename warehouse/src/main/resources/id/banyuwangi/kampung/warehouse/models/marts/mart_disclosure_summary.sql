-- purpose: per domain, how many indicator cells public outputs hide: primary, secondary, and the share of publishable cells secondary suppression costs
-- "publishable" = not a small cell itself; the secondary share is what complementary suppression
-- takes from what primary suppression alone would publish (the build summary prints it).
select
  i.domain,
  count(*)                                                   as cells,
  count(*) filter (where d.suppression = 'primary')          as primary_hidden,
  count(*) filter (where d.suppression = 'secondary')        as secondary_hidden,
  round(100.0 * count(*) filter (where d.suppression = 'secondary')
        / nullif(count(*) filter (where d.suppression is distinct from 'primary'), 0), 2) as secondary_share_pct
from {{ ref('mart_indicator_cell') }} c
join {{ ref('dim_indicator') }} i on i.code = c.indicator_code
left join {{ ref('mart_disclosure') }} d
  on d.indicator_code = c.indicator_code and d.area_code = c.area_code and d.period = c.period
 and d.period_kind = c.period_kind and d.breakdown = c.breakdown and d.member = c.member
group by i.domain
order by i.domain
