-- Real events (deduplicated) per region and month of the event (or of its first report).
with events as (
    select * from {{ ref('fct_events') }}
),

regions as (
    select * from {{ ref('dim_regions') }}
)

select
    events.region_code,
    regions.region_name_ru,
    cast(date_trunc('month', coalesce(events.event_date, cast(events.first_reported_at as date))) as date) as month_start_date,
    events.event_type,
    count(*) as event_count,
    cast(sum(events.source_count) as bigint) as report_count
from events
inner join regions using (region_code)
group by all
