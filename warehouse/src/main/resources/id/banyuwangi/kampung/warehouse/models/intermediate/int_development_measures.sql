-- purpose: the village-development measures per area and year: villages with an IDM score (in total and per status band) and the sum of their scores; villages with an Indeks Desa result (in total, per published status and per dimension), the sum of their scores (of each dimension) and those MANDIRI
-- The IDM of a village is (iks + ike + ikl) / 3. The sub-indices are published with 4 decimals,
-- so rounding the mean to 10 decimals removes only binary floating-point noise: without it three
-- sub-indices of 0.4907 give 0.4907000000000001 and a village would leave its band. The bands and
-- their thresholds come from dim_idm_status (domain IdmStatus): lower bound exclusive, upper
-- inclusive, so 0.7072 is BERKEMBANG and 0.70721 MAJU. Every band gets a count, 0 included, in
-- every area and year with a scored village.
-- The Indeks Desa (from 2024) is taken as published: its status is the ministry's, never
-- recomputed from the score (the bands may be revised between years). Its six dimensions are a
-- breakdown that is not a partition: every village has a score in each, so each dimension's
-- villages are all the villages, and its score sum is the sum of that dimension's scores.
-- The two frameworks are never mixed into one series: each has its own measures.
with idm_village as (
  select i.village_code, i."year", round((i.iks + i.ike + i.ikl) / 3, 10) as score
  from {{ ref('stg_idm') }} i
),
idm_banded as (
  select v.*, s.status
  from idm_village v
  join {{ ref('dim_idm_status') }} s
    on (s.lower_exclusive is null or v.score > s.lower_exclusive)
   and (s.upper_inclusive is null or v.score <= s.upper_inclusive)
),
idm_area as (
  select b.area_code, b.area_level, p.period, p.period_kind, p."year",
    count(*)     as idm_villages,
    sum(v.score) as idm_score_sum
  from idm_banded v
  join {{ ref('dim_period') }} p on p.period_kind = 'YEAR' and p."year" = v."year"
  join {{ ref('bridge_area') }} b on b.village_code = v.village_code
  group by all
),
idm_band as (
  select a.area_code, a.area_level, a.period, a.period_kind, s.status,
    count(v.village_code) as villages
  from idm_area a
  cross join {{ ref('dim_idm_status') }} s
  left join {{ ref('bridge_area') }} b on b.area_code = a.area_code
  left join idm_banded v on v.village_code = b.village_code and v."year" = a."year" and v.status = s.status
  group by all
),
indeks_area as (
  select b.area_code, b.area_level, p.period, p.period_kind, p."year",
    count(*)                                   as indeks_desa_villages,
    sum(d.skor)                                as indeks_desa_score_sum,
    count(*) filter (where d.status = 'MANDIRI') as indeks_desa_villages_mandiri
  from {{ ref('stg_indeks_desa') }} d
  join {{ ref('dim_period') }} p on p.period_kind = 'YEAR' and p."year" = d."year"
  join {{ ref('bridge_area') }} b on b.village_code = d.village_code
  group by all
),
indeks_status as (
  select a.area_code, a.area_level, a.period, a.period_kind, s.member as status,
    count(d.village_code) as villages
  from indeks_area a
  cross join (select member from {{ ref('dim_breakdown_member') }} where breakdown = 'indeks_desa_status') s
  left join {{ ref('bridge_area') }} b on b.area_code = a.area_code
  left join {{ ref('stg_indeks_desa') }} d on d.village_code = b.village_code and d."year" = a."year"
    and d.status = s.member
  group by all
),
indeks_dimension as (
  -- one row per village, year and dimension (the six dimension columns unpivoted)
  select b.area_code, b.area_level, p.period, p.period_kind, d.dimension,
    count(*)                 as villages,
    sum(d.dimension_score)   as score_sum
  from (unpivot {{ ref('stg_indeks_desa') }} on layanan_dasar, sosial, ekonomi, lingkungan, aksesibilitas, tata_kelola
        into name dimension value dimension_score) d
  join {{ ref('dim_period') }} p on p.period_kind = 'YEAR' and p."year" = d."year"
  join {{ ref('bridge_area') }} b on b.village_code = d.village_code
  group by all
)
select measure, area_code, area_level, period, period_kind, 'total' as breakdown, '' as member,
  cast(value as double) as value
from (unpivot (select * exclude ("year") from idm_area) on idm_villages, idm_score_sum into name measure value value)
union all
select 'idm_villages', area_code, area_level, period, period_kind, 'idm_status', status, villages
from idm_band
union all
select measure, area_code, area_level, period, period_kind, 'total', '', cast(value as double)
from (unpivot (select * exclude ("year") from indeks_area)
      on indeks_desa_villages, indeks_desa_score_sum, indeks_desa_villages_mandiri into name measure value value)
union all
select 'indeks_desa_villages', area_code, area_level, period, period_kind, 'dimension', dimension, villages
from indeks_dimension
union all
select 'indeks_desa_score_sum', area_code, area_level, period, period_kind, 'dimension', dimension, score_sum
from indeks_dimension
union all
select 'indeks_desa_villages', area_code, area_level, period, period_kind, 'indeks_desa_status', status, villages
from indeks_status
