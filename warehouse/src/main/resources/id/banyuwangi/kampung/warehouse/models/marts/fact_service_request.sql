-- purpose: one row per request with a known SUBMITTED event, with turnaround, SLA outcome and the WIB month, quarter and year of its milestones
select
  r.txn_id,
  r.village_code,
  r.service_code,
  r.channel,
  r.submitted_at,
  r.state,
  r.completed_at,
  r.terminal_at,
  r.turnaround_hours,
  r.within_sla,
  s."month" as submitted_month, s."quarter" as submitted_quarter, s."year" as submitted_year,
  c."month" as completed_month, c."quarter" as completed_quarter, c."year" as completed_year,
  t."month" as terminal_month,  t."quarter" as terminal_quarter,  t."year" as terminal_year
from {{ ref('int_request_lifecycle') }} r
left join {{ ref('int_calendar_day') }} s on s.day = r.submitted_on
left join {{ ref('int_calendar_day') }} c on c.day = r.completed_on
left join {{ ref('int_calendar_day') }} t on t.day = r.terminal_on
order by r.txn_id
