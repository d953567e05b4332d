-- purpose: the household-survey indicators (poverty P0/P1/P2, bansos targeting errors, JKN, water, sanitation, electricity) per area and survey year
-- Every indicator is person-weighted: a household counts as its `members` persons. Joining
-- bridge_area before grouping puts each household in its village, kecamatan and the regency, so
-- every level is computed from the households themselves (summed numerators and denominators),
-- never from village values. Values are computed in mart_indicator_value; cell_count is the
-- number of households behind the denominator (the catalog's small_cell_unit): a survey of four
-- households would disclose them even though they hold more than four persons.
--
-- Poverty (Foster-Greer-Thorbecke): per-capita expenditure y = expenditure_idr_month / members
-- against the survey year's line z (dim_poverty_line). Poor means y < z strictly, tested in exact
-- integers as expenditure < z * members (a household exactly at the line is not poor). A poor
-- household's gap (z - y) / z = (z * members - expenditure) / (z * members), counted once per
-- member. A survey year without a configured line has no P0, P1, P2 or bansos rows at all: the
-- build logs a warning, nothing is guessed. The other indicators do not need the line.
with household as (
  select
    h.village_code,
    h.survey_year,
    h.members,
    h.members_jkn,
    h.water_source,
    h.sanitation,
    h.electricity,
    h.receives_pkh or h.receives_bpnt                            as receives_bansos,
    z.poverty_line_idr                                           as z,
    h.expenditure_idr_month < z.poverty_line_idr * h.members     as poor,
    cast(z.poverty_line_idr * h.members - h.expenditure_idr_month as double)
      / (z.poverty_line_idr * h.members)                         as gap
  from stg_households h
  left join dim_poverty_line z on z."year" = h.survey_year
),
by_area as (
  select
    b.area_code, b.area_level,
    cast(h.survey_year as varchar)                                       as period,
    -- every household of a survey year shares its line: null when the year has none
    max(h.z)                                                             as poverty_line,
    sum(h.members)                                                       as persons,
    count(*)                                                             as households,
    count(*) filter (where h.poor)                                       as poor_households,
    count(*) filter (where h.receives_bansos)                            as bansos_households,
    sum(h.members) filter (where h.poor)                                 as poor_persons,
    sum(h.members * h.gap) filter (where h.poor)                         as gap_sum,
    sum(h.members * h.gap * h.gap) filter (where h.poor)                 as gap_squared_sum,
    sum(h.members) filter (where h.poor and not h.receives_bansos)       as poor_without_bansos,
    sum(h.members) filter (where h.receives_bansos)                      as bansos_persons,
    sum(h.members) filter (where not h.poor and h.receives_bansos)       as non_poor_with_bansos,
    sum(h.members_jkn)                                                   as jkn_members,
    -- improved water: PIPED, PROTECTED_WELL, SPRING, BOTTLED (not UNPROTECTED_WELL, SURFACE)
    sum(h.members) filter (where h.water_source in ('PIPED', 'PROTECTED_WELL', 'SPRING', 'BOTTLED'))
                                                                         as improved_water_persons,
    sum(h.members) filter (where h.sanitation = 'OWN')                   as own_sanitation_persons,
    sum(h.members) filter (where h.electricity <> 'NONE')                as electricity_persons
  from household h
  join bridge_area b on b.village_code = h.village_code
  group by b.area_code, b.area_level, h.survey_year
),
indicator as (
  -- a filtered sum over no rows is NULL: a true zero here, since the denominator has persons
  select 'POVERTY_P0' as indicator_code, area_code, area_level, period,
    coalesce(poor_persons, 0) as numerator, persons as denominator, households as cell_count, poverty_line
  from by_area
  union all
  select 'POVERTY_P1', area_code, area_level, period, coalesce(gap_sum, 0), persons, households, poverty_line
  from by_area
  union all
  select 'POVERTY_P2', area_code, area_level, period, coalesce(gap_squared_sum, 0), persons, households, poverty_line
  from by_area
  union all
  -- no poor persons: the exclusion error is undefined (0 / 0), its value NULL and the cell empty
  select 'BANSOS_EXCLUSION_ERROR', area_code, area_level, period,
    coalesce(poor_without_bansos, 0), coalesce(poor_persons, 0), poor_households, poverty_line
  from by_area
  union all
  select 'BANSOS_INCLUSION_ERROR', area_code, area_level, period,
    coalesce(non_poor_with_bansos, 0), coalesce(bansos_persons, 0), bansos_households, poverty_line
  from by_area
)
select indicator_code, area_code, area_level, period, 'SURVEY_YEAR' as period_kind,
  cast(numerator as double) as numerator, cast(denominator as double) as denominator,
  cast(null as double) as value, cast(cell_count as bigint) as cell_count
from indicator
where poverty_line is not null
union all
select 'JKN_COVERAGE', area_code, area_level, period, 'SURVEY_YEAR',
  jkn_members, persons, null, households
from by_area
union all
select 'SAFE_WATER_ACCESS', area_code, area_level, period, 'SURVEY_YEAR',
  coalesce(improved_water_persons, 0), persons, null, households
from by_area
union all
select 'SANITATION_ACCESS', area_code, area_level, period, 'SURVEY_YEAR',
  coalesce(own_sanitation_persons, 0), persons, null, households
from by_area
union all
select 'ELECTRICITY_ACCESS', area_code, area_level, period, 'SURVEY_YEAR',
  coalesce(electricity_persons, 0), persons, null, households
from by_area
