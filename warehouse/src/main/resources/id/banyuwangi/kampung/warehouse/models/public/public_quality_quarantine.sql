-- purpose: per source, month of ingestion and reason code, how many records were quarantined and their share of the lines read: counts by reason only, never a record
-- The month is that of the run that quarantined the record (its ingest run, else the record's own time).
with runs as (
  select run_id, source, strftime(wib_date(started_at), '%Y-%m') as ingest_month from {{ ref('stg_ingest_runs') }}
), quarantined as (
  select q.source, coalesce(r.ingest_month, strftime(wib_date(q.quarantined_at), '%Y-%m')) as ingest_month,
    q.reason_code
  from {{ ref('stg_quarantine_records') }} q
  left join runs r on r.run_id = q.ingest_run_id and r.source = q.source
)
select q.source, q.ingest_month, q.reason_code, count(*) as records,
  100.0 * count(*) / nullif(any_value(i.lines_read), 0) as rate
from quarantined q
left join {{ ref('public_quality_ingest') }} i on i.source = q.source and i.ingest_month = q.ingest_month
group by q.source, q.ingest_month, q.reason_code
