-- purpose: each calendar day of the spine to the month, quarter and year it lies in, with their first and last days: one join puts a dated record in every period kind
select
  cast(d.day as date) as day,
  p.period,
  p.period_kind,
  p.start_date,
  p.end_date
from {{ ref('dim_period') }} p,
  unnest(generate_series(p.start_date, p.end_date, interval 1 day)) as d(day)
where p.period_kind in ('MONTH', 'QUARTER', 'YEAR')
