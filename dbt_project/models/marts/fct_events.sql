-- Grain: one real-world event, however many documents reported it.
with mentions as (
    select * from {{ ref('int_events_clustered') }}
),

reorganisations as (
    select * from {{ ref('region_reorganisations') }}
),

events as (
    select
        event_id,
        min(event_type) as event_type,  -- one type per event: mentions only group within a type
        arg_min(event_name, row(reported_at, event_name)) filter (where event_name is not null) as event_name,
        -- the most specific region any report gives
        arg_max(
            region_code,
            row(case when region_code = 'unknown' then 0 when region_code = 'KZ' then 1 else 2 end, region_code)
        )
            as region_code,
        min(event_date) as event_date,
        count(distinct document_id) as source_count,
        count(*) as mention_count,
        min(reported_at) as first_reported_at,
        arg_min(document_id, row(reported_at, document_id)) as first_document_id
    from mentions
    group by event_id
)

select
    events.event_id,
    events.first_document_id,
    events.region_code,
    {{ region_code_at('events.region_code', 'events.event_date') }} as region_code_at_date,
    events.event_type,
    events.event_name,
    events.source_count,
    events.mention_count,
    events.event_date,
    events.first_reported_at
from events
left join reorganisations on events.region_code = reorganisations.region_code
