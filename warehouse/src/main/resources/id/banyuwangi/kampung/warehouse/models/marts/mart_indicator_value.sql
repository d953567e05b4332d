-- purpose: the total of every indicator per area and period (what dashboard, reports and notebooks read by default)
-- materialized: view
select * exclude (breakdown, member) from mart_indicator_cell where breakdown = 'total'
