-- purpose: per source, village and month, how many records of that month arrived, in how many files, and how long after the day they are about they were ingested
-- A village without a row for a source and month delivered no record of that month. The delay is in
-- whole days from the day a record is about to the WIB day its ingest run finished; null when the
-- lake holds no record of that run (a lake written before ingest runs were recorded).
select r.source, r.village_code, strftime(r.record_date, '%Y-%m') as month,
  count(*) as records,
  count(distinct r.source_file) as files,
  max(r.record_date) as last_record_date,
  median(date_diff('day', r.record_date, wib_date(coalesce(i.finished_at, i.started_at)))) as median_delay_days,
  max(date_diff('day', r.record_date, wib_date(coalesce(i.finished_at, i.started_at)))) as max_delay_days
from {{ ref('int_source_records') }} r
left join {{ ref('stg_ingest_runs') }} i on i.run_id = r.ingest_run_id and i.source = r.source
where r.record_date is not null
group by r.source, r.village_code, strftime(r.record_date, '%Y-%m')
