-- purpose: the five PUBLIC_SERVICE indicators for every village, kecamatan and the regency, per WIB month, quarter and year, in total and by service and channel
-- Each request is counted in the period of the milestone its indicator is defined by: submission
-- (requests, self-service share), completion (SLA compliance, median turnaround) or reaching a
-- terminal state (rejection rate). Joining bridge_area before grouping puts every request in its
-- village, kecamatan and the regency, so every level is computed from the requests themselves:
-- ratios from summed counts, medians from the turnarounds, never from village values.
-- Breakdowns (the catalog's disaggregations): each request also counts once under its service
-- and once under its channel, so a breakdown's cells are computed like the total, from requests.
-- Self-service share has no channel breakdown (its numerator is a channel).
-- Ratio values are computed in mart_indicator_cell; value here is only for counts and medians.
with request as (
  select r.*, k.breakdown,
    case k.breakdown when 'service' then r.service_code
                     when 'channel' then r.channel
                     else '' end                                 as member
  from fact_service_request r
  cross join (values ('total'), ('service'), ('channel')) k(breakdown)
),
submitted as (
  select village_code, channel, breakdown, member,
    unnest([submitted_month, submitted_quarter, submitted_year]) as period,
    unnest(['MONTH', 'QUARTER', 'YEAR'])                         as period_kind
  from request
),
completed as (
  select village_code, within_sla, turnaround_hours, breakdown, member,
    unnest([completed_month, completed_quarter, completed_year]) as period,
    unnest(['MONTH', 'QUARTER', 'YEAR'])                         as period_kind
  from request
  where state = 'COMPLETED' and completed_at is not null
),
terminated as (
  select village_code, state, breakdown, member,
    unnest([terminal_month, terminal_quarter, terminal_year])    as period,
    unnest(['MONTH', 'QUARTER', 'YEAR'])                         as period_kind
  from request
  where terminal_at is not null
),
submitted_by_area as (
  select b.area_code, b.area_level, s.period, s.period_kind, s.breakdown, s.member,
    count(*)                                      as requests,
    count(*) filter (where s.channel = 'KIOSK')   as kiosk_requests
  from submitted s
  join bridge_area b on b.village_code = s.village_code
  group by b.area_code, b.area_level, s.period, s.period_kind, s.breakdown, s.member
),
completed_by_area as (
  select b.area_code, b.area_level, c.period, c.period_kind, c.breakdown, c.member,
    count(*)                                      as completed,
    count(*) filter (where c.within_sla)          as completed_within_sla,
    median(c.turnaround_hours)                    as median_turnaround_hours
  from completed c
  join bridge_area b on b.village_code = c.village_code
  group by b.area_code, b.area_level, c.period, c.period_kind, c.breakdown, c.member
),
terminated_by_area as (
  select b.area_code, b.area_level, t.period, t.period_kind, t.breakdown, t.member,
    count(*)                                      as terminated,
    count(*) filter (where t.state = 'REJECTED')  as rejected
  from terminated t
  join bridge_area b on b.village_code = t.village_code
  group by b.area_code, b.area_level, t.period, t.period_kind, t.breakdown, t.member
)
select 'SERVICE_REQUESTS' as indicator_code, area_code, area_level, period, period_kind,
  cast(requests as double) as numerator, cast(null as double) as denominator,
  cast(requests as double) as value, requests as cell_count, breakdown, member
from submitted_by_area
union all
select 'SELF_SERVICE_SHARE', area_code, area_level, period, period_kind,
  kiosk_requests, requests, null, requests, breakdown, member
from submitted_by_area
where breakdown <> 'channel'
union all
select 'SLA_COMPLIANCE', area_code, area_level, period, period_kind,
  completed_within_sla, completed, null, completed, breakdown, member
from completed_by_area
union all
select 'MEDIAN_TURNAROUND_HOURS', area_code, area_level, period, period_kind,
  null, completed, median_turnaround_hours, completed, breakdown, member
from completed_by_area
union all
select 'REJECTION_RATE', area_code, area_level, period, period_kind,
  rejected, terminated, null, terminated, breakdown, member
from terminated_by_area
