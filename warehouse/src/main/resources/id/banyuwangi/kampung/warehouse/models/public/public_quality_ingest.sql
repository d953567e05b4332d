-- purpose: per source and month of ingestion, the lines read and how many were accepted, quarantined or duplicates, with the quarantine and duplicate rates
select source, strftime(wib_date(started_at), '%Y-%m') as ingest_month,
  count(*) as runs,
  sum(files_read) as files_read,
  sum(files_skipped) as files_skipped,
  sum(lines_read) as lines_read,
  sum(accepted) as accepted,
  sum(quarantined) as quarantined,
  sum(duplicates) as duplicates,
  100.0 * sum(quarantined) / nullif(sum(lines_read), 0) as quarantine_rate,
  100.0 * sum(duplicates) / nullif(sum(lines_read), 0) as duplicate_rate
from {{ ref('stg_ingest_runs') }}
group by source, strftime(wib_date(started_at), '%Y-%m')
