-- purpose: each request with a known SUBMITTED event, with its SLA, turnaround and the WIB periods of its milestones
-- Requests whose SUBMITTED event is still unknown (submitted_at null) count in no indicator.
-- WIB is UTC+7 all year (no daylight saving), so local WIB time is the UTC wall time + 7 hours,
-- whatever offset the source carried and whatever the session's time zone.
with request as (
  select
    r.*,
    timezone('UTC', r.submitted_at) + interval 7 hour as submitted_wib,
    timezone('UTC', r.completed_at) + interval 7 hour as completed_wib,
    timezone('UTC', r.terminal_at) + interval 7 hour  as terminal_wib,
    -- microseconds are exact: the SLA test below must not depend on floating point
    epoch_us(r.completed_at) - epoch_us(r.submitted_at) as turnaround_us
  from stg_service_requests r
  where r.submitted_at is not null
)
select
  r.txn_id,
  r.village_code,
  r.kiosk_id,
  r.service_code,
  r.channel,
  r.submitted_at,
  r.state,
  r.completed_at,
  r.terminal_at,
  s.sla_hours,
  r.turnaround_us / 3600e6                               as turnaround_hours,
  -- at most sla_hours is within (turnaround = sla_hours counts as within); null unless completed
  r.turnaround_us <= s.sla_hours * 3600000000            as within_sla,
  strftime(r.submitted_wib, '%Y-%m')                     as submitted_month,
  strftime(r.submitted_wib, '%Y') || '-Q' || quarter(r.submitted_wib) as submitted_quarter,
  strftime(r.submitted_wib, '%Y')                        as submitted_year,
  strftime(r.completed_wib, '%Y-%m')                     as completed_month,
  strftime(r.completed_wib, '%Y') || '-Q' || quarter(r.completed_wib) as completed_quarter,
  strftime(r.completed_wib, '%Y')                        as completed_year,
  strftime(r.terminal_wib, '%Y-%m')                      as terminal_month,
  strftime(r.terminal_wib, '%Y') || '-Q' || quarter(r.terminal_wib) as terminal_quarter,
  strftime(r.terminal_wib, '%Y')                         as terminal_year
from request r
left join dim_service s on s.service_code = r.service_code
