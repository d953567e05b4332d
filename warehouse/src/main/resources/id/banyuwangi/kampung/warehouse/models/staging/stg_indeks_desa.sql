-- purpose: silver/indeks_desa as pinned for this build, the published Indeks Desa score, status and six dimension scores per village and year (from 2024)
select village_code, "year", skor, status, layanan_dasar, sosial, ekonomi, lingkungan, aksesibilitas, tata_kelola,
  source_file, line_no, ingest_run_id
from {{ source('silver/indeks_desa') }}
