-- purpose: the public breakdowns (sex, service, channel) of every indicator per area and period (suppression applied; the API's by=)
-- materialized: view
select * exclude (category) from public_indicator_cell where breakdown <> 'total'
