-- purpose: each service request with a known SUBMITTED event: its state (the event type of its latest event), milestones, SLA outcome and turnaround
-- The lifecycle rule (contract section 1), written once, here: a request's state is the event type
-- of its latest event by event_at, ties ordered SUBMITTED < IN_PROCESS < terminal (then event_id,
-- so the same events always give the same state). Its village, kiosk, service and channel are the
-- first SUBMITTED event's (by event_at, then event_id); rating and fee the latest event's that
-- carries one. A terminal event whose SUBMITTED has not arrived yet is kept in silver and counts in
-- no indicator until it does (submitted_at null: left out here).
-- The WIB day of each milestone (macro wib_date) is what puts the request in a period.
with event as (
  select e.*,
    case e.event_type when 'SUBMITTED' then 0 when 'IN_PROCESS' then 1 else 2 end as type_rank
  from {{ ref('stg_kiosk_events') }} e
),
request as (
  select txn_id,
    arg_min({'village_code': village_code, 'kiosk_id': kiosk_id, 'service_code': service_code,
             'channel': channel, 'at': event_at}, (event_at, event_id))
      filter (where event_type = 'SUBMITTED')                             as submitted,
    arg_max({'state': event_type, 'at': event_at}, (event_at, type_rank, event_id)) as latest,
    arg_max(rating, (event_at, type_rank, event_id))                      as rating,
    arg_max(fee_idr, (event_at, type_rank, event_id))                     as fee_idr,
    count(*)                                                              as event_count
  from event
  group by txn_id
),
known as (
  select
    r.txn_id,
    r.submitted.village_code                                              as village_code,
    r.submitted.kiosk_id                                                  as kiosk_id,
    r.submitted.service_code                                              as service_code,
    r.submitted.channel                                                   as channel,
    r.submitted.at                                                        as submitted_at,
    r.latest.state                                                        as state,
    r.latest.at                                                           as state_at,
    case when r.latest.state = 'COMPLETED' then r.latest.at end           as completed_at,
    case when r.latest.state in ('COMPLETED', 'REJECTED', 'CANCELLED') then r.latest.at end as terminal_at,
    r.rating,
    r.fee_idr,
    r.event_count
  from request r
  where r.submitted is not null
)
select
  k.*,
  s.sla_hours,
  -- microseconds are exact: the SLA test below must not depend on floating point
  (epoch_us(k.completed_at) - epoch_us(k.submitted_at)) / 3600e6           as turnaround_hours,
  -- at most sla_hours is within (turnaround = sla_hours counts as within); null unless completed
  epoch_us(k.completed_at) - epoch_us(k.submitted_at) <= s.sla_hours * 3600000000 as within_sla,
  wib_date(k.submitted_at)                                                 as submitted_on,
  wib_date(k.completed_at)                                                 as completed_on,
  wib_date(k.terminal_at)                                                  as terminal_on
from known k
left join {{ ref('dim_service') }} s on s.service_code = k.service_code
