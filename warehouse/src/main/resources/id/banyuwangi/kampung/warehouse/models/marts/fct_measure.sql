-- purpose: every named measure (catalog/measures.csv) per area, period and breakdown member: what every indicator cell is computed from
-- One family model per line; a new family is one more line. Each family model yields the columns
-- below; breakdown 'total' with member '' is the measure's total.
select * from {{ ref('int_public_service_measures') }}
union all select * from {{ ref('int_household_measures') }}
union all select * from {{ ref('int_child_growth_measures') }}
union all select * from {{ ref('int_enrolment_measures') }}
union all select * from {{ ref('int_economy_measures') }}
union all select * from {{ ref('int_development_measures') }}
