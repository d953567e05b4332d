-- purpose: _system/ingest_runs as pinned for this build, one row per ingest run and source with its line counts
select run_id, source, started_at, finished_at, files_read, files_skipped, lines_read, accepted, quarantined, duplicates
from {{ source('_system/ingest_runs') }}
