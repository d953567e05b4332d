-- purpose: the total of every indicator per area and period (what marts tests and notebooks read by default)
select * exclude (breakdown, member) from {{ ref('mart_indicator_cell') }} where breakdown = 'total'
