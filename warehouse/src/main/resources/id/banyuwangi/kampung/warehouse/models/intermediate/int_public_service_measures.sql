-- purpose: the public-service measures per area, WIB period and breakdown member: requests submitted (and on KIOSK), completed (and within SLA, with the median turnaround), reaching a terminal state (and REJECTED)
-- Each request counts in the period of the milestone its measure is defined by (the catalog's
-- period boundary): submission, completion or reaching a terminal state, on its WIB day.
-- Joining bridge_area puts every request in its village, kecamatan and the regency, and
-- bridge_period every day in its month, quarter and year, so every cell is computed from the
-- requests themselves: counts summed, medians from the turnarounds, never from village values.
-- Breakdowns: each request also counts once under its service and once under its channel.
with request as (
  select r.*, k.breakdown,
    case k.breakdown when 'service' then r.service_code
                     when 'channel' then r.channel
                     else '' end                                as member
  from {{ ref('int_request_lifecycle') }} r
  cross join (values ('total'), ('service'), ('channel')) k(breakdown)
),
submitted as (
  select b.area_code, b.area_level, p.period, p.period_kind, r.breakdown, r.member,
    count(*)                                     as requests_submitted,
    count(*) filter (where r.channel = 'KIOSK')  as requests_submitted_kiosk
  from request r
  join {{ ref('bridge_period') }} p on p.day = r.submitted_on
  join {{ ref('bridge_area') }} b on b.village_code = r.village_code
  group by all
),
completed as (
  select b.area_code, b.area_level, p.period, p.period_kind, r.breakdown, r.member,
    count(*)                                     as requests_completed,
    count(*) filter (where r.within_sla)         as requests_completed_within_sla,
    median(r.turnaround_hours)                   as median_turnaround_hours
  from request r
  join {{ ref('bridge_period') }} p on p.day = r.completed_on
  join {{ ref('bridge_area') }} b on b.village_code = r.village_code
  where r.state = 'COMPLETED'
  group by all
),
terminated as (
  select b.area_code, b.area_level, p.period, p.period_kind, r.breakdown, r.member,
    count(*)                                     as requests_terminal,
    count(*) filter (where r.state = 'REJECTED') as requests_rejected
  from request r
  join {{ ref('bridge_period') }} p on p.day = r.terminal_on
  join {{ ref('bridge_area') }} b on b.village_code = r.village_code
  group by all
)
select measure, area_code, area_level, period, period_kind, breakdown, member, cast(value as double) as value
from (unpivot submitted on requests_submitted, requests_submitted_kiosk into name measure value value)
union all
select measure, area_code, area_level, period, period_kind, breakdown, member, cast(value as double)
from (unpivot completed on requests_completed, requests_completed_within_sla, median_turnaround_hours
      into name measure value value)
union all
select measure, area_code, area_level, period, period_kind, breakdown, member, cast(value as double)
from (unpivot terminated on requests_terminal, requests_rejected into name measure value value)
