-- purpose: the public breakdowns (sex, service, channel, dimension) of every indicator per area and period (suppression applied; the API's by=)
select * exclude (category) from {{ ref('public_indicator_cell') }} where breakdown <> 'total'
