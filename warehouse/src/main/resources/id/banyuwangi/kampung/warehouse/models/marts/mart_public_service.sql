-- purpose: the five PUBLIC_SERVICE indicators for every village, kecamatan and the regency, per WIB month, quarter and year
-- Each request is counted in the period of the milestone its indicator is defined by: submission
-- (requests, self-service share), completion (SLA compliance, median turnaround) or reaching a
-- terminal state (rejection rate). Joining bridge_area before grouping puts every request in its
-- village, kecamatan and the regency, so every level is computed from the requests themselves:
-- ratios from summed counts, medians from the turnarounds, never from village values.
-- Ratio values are computed in mart_indicator_value; value here is only for counts and medians.
with submitted as (
  select village_code, channel,
    unnest([submitted_month, submitted_quarter, submitted_year]) as period,
    unnest(['MONTH', 'QUARTER', 'YEAR'])                         as period_kind
  from fact_service_request
),
completed as (
  select village_code, within_sla, turnaround_hours,
    unnest([completed_month, completed_quarter, completed_year]) as period,
    unnest(['MONTH', 'QUARTER', 'YEAR'])                         as period_kind
  from fact_service_request
  where state = 'COMPLETED' and completed_at is not null
),
terminated as (
  select village_code, state,
    unnest([terminal_month, terminal_quarter, terminal_year])    as period,
    unnest(['MONTH', 'QUARTER', 'YEAR'])                         as period_kind
  from fact_service_request
  where terminal_at is not null
),
submitted_by_area as (
  select b.area_code, b.area_level, s.period, s.period_kind,
    count(*)                                      as requests,
    count(*) filter (where s.channel = 'KIOSK')   as kiosk_requests
  from submitted s
  join bridge_area b on b.village_code = s.village_code
  group by b.area_code, b.area_level, s.period, s.period_kind
),
completed_by_area as (
  select b.area_code, b.area_level, c.period, c.period_kind,
    count(*)                                      as completed,
    count(*) filter (where c.within_sla)          as completed_within_sla,
    median(c.turnaround_hours)                    as median_turnaround_hours
  from completed c
  join bridge_area b on b.village_code = c.village_code
  group by b.area_code, b.area_level, c.period, c.period_kind
),
terminated_by_area as (
  select b.area_code, b.area_level, t.period, t.period_kind,
    count(*)                                      as terminated,
    count(*) filter (where t.state = 'REJECTED')  as rejected
  from terminated t
  join bridge_area b on b.village_code = t.village_code
  group by b.area_code, b.area_level, t.period, t.period_kind
)
select 'SERVICE_REQUESTS' as indicator_code, area_code, area_level, period, period_kind,
  cast(requests as double) as numerator, cast(null as double) as denominator,
  cast(requests as double) as value, requests as cell_count
from submitted_by_area
union all
select 'SELF_SERVICE_SHARE', area_code, area_level, period, period_kind,
  kiosk_requests, requests, null, requests
from submitted_by_area
union all
select 'SLA_COMPLIANCE', area_code, area_level, period, period_kind,
  completed_within_sla, completed, null, completed
from completed_by_area
union all
select 'MEDIAN_TURNAROUND_HOURS', area_code, area_level, period, period_kind,
  null, completed, median_turnaround_hours, completed
from completed_by_area
union all
select 'REJECTION_RATE', area_code, area_level, period, period_kind,
  rejected, terminated, null, terminated
from terminated_by_area
