-- purpose: the public totals of every indicator per area and period (suppression applied)
select * exclude (breakdown, member) from {{ ref('public_indicator_cell') }} where breakdown = 'total'
