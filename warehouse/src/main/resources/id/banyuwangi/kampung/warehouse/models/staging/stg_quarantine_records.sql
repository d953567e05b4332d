-- purpose: quarantine/records as pinned for this build, one row per rejected record with its reason code, without the record itself
-- Left out on purpose: raw_record (the record as received: it holds clear person ids such as a NIK)
-- and reason_detail (free text). Only counts by reason are published from here.
select source, source_file, line_no, reason_code, ingest_run_id, quarantined_at
from {{ source('quarantine/records') }}
