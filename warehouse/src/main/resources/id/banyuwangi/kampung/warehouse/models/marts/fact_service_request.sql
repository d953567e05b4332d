-- purpose: one row per request with a known SUBMITTED event, with turnaround, SLA outcome and WIB period columns
select
  txn_id,
  village_code,
  service_code,
  channel,
  submitted_at,
  state,
  completed_at,
  terminal_at,
  turnaround_hours,
  within_sla,
  submitted_month, submitted_quarter, submitted_year,
  completed_month, completed_quarter, completed_year,
  terminal_month,  terminal_quarter,  terminal_year
from int_request_lifecycle
order by txn_id
