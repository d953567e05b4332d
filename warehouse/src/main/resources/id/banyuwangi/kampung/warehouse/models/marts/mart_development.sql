-- purpose: the DEVELOPMENT indicators per area and year: IDM score (unweighted mean over villages above the village) and IDM status (a village's band; the number of villages per band above it)
-- The IDM of a village is (iks + ike + ikl) / 3. The sub-indices are published with 4 decimals,
-- so rounding the mean to 10 decimals removes only binary floating-point noise: without it three
-- sub-indices of 0.4907 give 0.4907000000000001 and a village would leave its band. The bands and
-- their thresholds come from dim_idm_status (domain IdmStatus): lower bound exclusive, upper
-- inclusive, so 0.7072 is BERKEMBANG and 0.70721 MAJU.
-- IDM_SCORE above the village is, by definition, the unweighted mean over the villages that have a
-- score (rollup MEAN_OVER_VILLAGES): numerator = sum of scores, denominator = villages, the value is
-- computed in mart_indicator_value. IDM_STATUS: a village row carries its band in category and no
-- value; above the village every band gets a row with the number of villages in it, 0 included,
-- for every area and year with at least one scored village.
with village as (
  select village_code, "year", round((iks + ike + ikl) / 3, 10) as score
  from stg_idm
),
banded as (
  select v.*, s.status
  from village v
  join dim_idm_status s
    on (s.lower_exclusive is null or v.score > s.lower_exclusive)
   and (s.upper_inclusive is null or v.score <= s.upper_inclusive)
),
by_area as (
  select b.area_code, b.area_level, v."year",
    sum(v.score) as score_sum,
    count(*)     as villages
  from banded v
  join bridge_area b on b.village_code = v.village_code
  group by b.area_code, b.area_level, v."year"
),
band_counts as (
  select b.area_code, v."year", v.status, count(*) as villages
  from banded v
  join bridge_area b on b.village_code = v.village_code
  where b.area_level <> 'VILLAGE'
  group by b.area_code, v."year", v.status
)
select 'IDM_SCORE' as indicator_code, area_code, area_level, cast("year" as varchar) as period,
  'YEAR' as period_kind, cast(score_sum as double) as numerator, cast(villages as double) as denominator,
  cast(null as double) as value, cast(villages as bigint) as cell_count, cast(null as varchar) as category
from by_area
union all
select 'IDM_STATUS', v.village_code, 'VILLAGE', cast(v."year" as varchar), 'YEAR',
  null, null, null, 1, v.status
from banded v
union all
select 'IDM_STATUS', a.area_code, a.area_level, cast(a."year" as varchar), 'YEAR',
  coalesce(c.villages, 0), null, coalesce(c.villages, 0), coalesce(c.villages, 0), s.status
from by_area a
cross join dim_idm_status s
left join band_counts c on c.area_code = a.area_code and c."year" = a."year" and c.status = s.status
where a.area_level <> 'VILLAGE'
