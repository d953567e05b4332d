-- purpose: the WIB calendar day of an instant, the one place SQL applies the WIB rule (domain Period.WIB)
-- WIB is UTC+7 all year (no daylight saving): the local day is the UTC wall time plus the offset,
-- whatever offset the source carried and whatever the session's time zone.
create macro wib_date(ts) as cast(timezone('UTC', ts) + to_hours({{ var('wib_offset_hours') }}) as date)
