-- purpose: the household-survey measures per area and survey year: households and persons, the poor and their poverty gaps, social assistance, health insurance, water, sanitation, electricity and employment
-- Every person measure is person-weighted: a household counts as its `members` persons. Joining
-- bridge_area before grouping puts each household in its village, kecamatan and the regency, so
-- every level is computed from the households themselves, never from village values.
--
-- Poverty (Foster-Greer-Thorbecke): per-capita expenditure y = expenditure_idr_month / members
-- against the survey year's line z (dim_poverty_line). Poor means y < z strictly, tested in exact
-- integers as expenditure < z * members (a household exactly at the line is not poor). A poor
-- household's gap (z - y) / z = (z * members - expenditure) / (z * members), counted once per
-- member. A survey year without a configured line has none of the measures that need "poor" (the
-- build warns), nothing is guessed; the others do not need the line. A filtered sum over no rows
-- is a true zero here, since the year's households exist.
with household as (
  select
    h.village_code,
    h.survey_year,
    h.members,
    h.members_jkn,
    h.members_working_age,
    h.members_employed,
    h.water_source,
    h.sanitation,
    h.electricity,
    h.receives_pkh or h.receives_bpnt                            as receives_bansos,
    z.poverty_line_idr                                           as z,
    h.expenditure_idr_month < z.poverty_line_idr * h.members     as poor,
    cast(z.poverty_line_idr * h.members - h.expenditure_idr_month as double)
      / (z.poverty_line_idr * h.members)                         as gap
  from {{ ref('stg_households') }} h
  left join {{ ref('dim_poverty_line') }} z on z."year" = h.survey_year
),
by_area as (
  select
    b.area_code, b.area_level, p.period, p.period_kind,
    -- every household of a survey year shares its line: null when the year has none
    max(h.z) is not null                                                     as has_line,
    count(*)                                                                 as households,
    sum(h.members)                                                           as persons,
    coalesce(sum(h.members) filter (where h.poor), 0)                        as poor_persons,
    count(*) filter (where h.poor)                                           as poor_households,
    coalesce(sum(h.members * h.gap) filter (where h.poor), 0)                as poverty_gap_sum,
    coalesce(sum(h.members * h.gap * h.gap) filter (where h.poor), 0)        as poverty_gap_squared_sum,
    coalesce(sum(h.members) filter (where h.poor and not h.receives_bansos), 0) as poor_persons_without_bansos,
    coalesce(sum(h.members) filter (where h.receives_bansos), 0)             as bansos_persons,
    count(*) filter (where h.receives_bansos)                                as bansos_households,
    coalesce(sum(h.members) filter (where not h.poor and h.receives_bansos), 0) as non_poor_bansos_persons,
    sum(h.members_jkn)                                                       as persons_jkn,
    -- improved water: PIPED, PROTECTED_WELL, SPRING, BOTTLED (not UNPROTECTED_WELL, SURFACE)
    coalesce(sum(h.members) filter (where h.water_source in ('PIPED', 'PROTECTED_WELL', 'SPRING', 'BOTTLED')), 0)
                                                                             as persons_improved_water,
    coalesce(sum(h.members) filter (where h.sanitation = 'OWN'), 0)          as persons_own_sanitation,
    coalesce(sum(h.members) filter (where h.electricity <> 'NONE'), 0)       as persons_with_electricity,
    sum(h.members_working_age)                                               as persons_working_age,
    sum(h.members_employed)                                                  as persons_employed
  from household h
  join {{ ref('dim_period') }} p on p.period_kind = 'SURVEY_YEAR' and p."year" = h.survey_year
  join {{ ref('bridge_area') }} b on b.village_code = h.village_code
  group by all
),
measured as (
  -- the measures that need "poor" exist only for years with a line
  select * replace (
    case when has_line then poor_persons end                as poor_persons,
    case when has_line then poor_households end             as poor_households,
    case when has_line then poverty_gap_sum end             as poverty_gap_sum,
    case when has_line then poverty_gap_squared_sum end     as poverty_gap_squared_sum,
    case when has_line then poor_persons_without_bansos end as poor_persons_without_bansos,
    case when has_line then non_poor_bansos_persons end     as non_poor_bansos_persons)
  from by_area
)
select measure, area_code, area_level, period, period_kind, 'total' as breakdown, '' as member,
  cast(value as double) as value
from (unpivot measured on households, persons, poor_persons, poor_households, poverty_gap_sum,
      poverty_gap_squared_sum, poor_persons_without_bansos, bansos_persons, bansos_households,
      non_poor_bansos_persons, persons_jkn, persons_improved_water, persons_own_sanitation,
      persons_with_electricity, persons_working_age, persons_employed
      into name measure value value)
