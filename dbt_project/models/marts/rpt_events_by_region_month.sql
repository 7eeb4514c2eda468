-- Real events (deduplicated) per region and month of the event (its stated date, else the publication
-- date of its first report). Events with neither are not dated by landing time: they fall in an explicit
-- 'undated' bucket (month_start_date null, period = 'undated').
with events as (
    select * from {{ ref('fct_events') }}
),

regions as (
    select * from {{ ref('dim_regions') }}
),

dated as (
    select
        *,
        cast(date_trunc('month', coalesce(event_date, cast(first_reported_at as date))) as date) as month_start_date
    from events
)

select
    dated.region_code,
    regions.region_name_ru,
    dated.month_start_date,
    coalesce(strftime(dated.month_start_date, '%Y-%m'), 'undated') as period,
    dated.event_type,
    count(*) as event_count,
    cast(sum(dated.source_count) as bigint) as report_count
from dated
inner join regions using (region_code)
group by all
