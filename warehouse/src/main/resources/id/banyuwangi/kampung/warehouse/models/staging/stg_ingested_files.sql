-- purpose: _system/ingested_files as pinned for this build, one row per source file ingested, with the kiosk's village and day read from its file name
-- A kiosk file is named <kiosk_id>_<YYYYMMDD>.jsonl[.gz] and a kiosk id KSK-<village_code>-NN (contract
-- section 1): its village and day are in its name. A CSV source file names neither (null). The sha256 is left out.
select source, source_file, size_bytes, lines, run_id,
  nullif(regexp_extract(source_file, 'KSK-([0-9]{10})-[^/]*$', 1), '') as kiosk_village_code,
  try_strptime(nullif(regexp_extract(source_file, '_([0-9]{8})\.jsonl(\.gz)?$', 1), ''), '%Y%m%d')::date as file_day
from {{ source('_system/ingested_files') }}
