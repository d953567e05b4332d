-- purpose: the public totals of every indicator per area and period (suppression applied)
-- materialized: view
select * exclude (breakdown, member) from public_indicator_cell where breakdown = 'total'
