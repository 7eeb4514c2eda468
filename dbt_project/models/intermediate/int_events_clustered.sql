-- Event deduplication (the GDELT event/mention split): two mentions in different documents
-- are the same real event when they have the same type and a compatible region, their dates lie within a
-- week of each other (or are unknown), their names do not differ, and either their names match
-- or the two documents share a participant (a person or an organisation). Mentions are then
-- grouped into connected components; the event id is the smallest mention id of the component.
with mentions as (
    select * from {{ ref('int_event_mentions_enriched') }}
),

participants as (
    select distinct document_id, 'organisation:' || organisation_id as participant
    from {{ ref('int_organisations_resolved') }}
    union
    select distinct document_id, 'person:' || person_id as participant
    from {{ ref('int_persons_resolved') }}
),

documents_sharing_a_participant as (
    select distinct a.document_id as document_a, b.document_id as document_b
    from participants as a
    inner join participants as b
        on a.participant = b.participant
        and a.document_id <> b.document_id
),

same_event as (
    select a.event_mention_id, b.event_mention_id as other_mention_id
    from mentions as a
    inner join mentions as b
        on a.event_type = b.event_type
        -- the same place, or one report only says "Kazakhstan" (or nothing)
        and (a.region_code = b.region_code or 'KZ' in (a.region_code, b.region_code)
             or 'unknown' in (a.region_code, b.region_code))
        and a.document_id <> b.document_id
    left join documents_sharing_a_participant as shared
        on shared.document_a = a.document_id
        and shared.document_b = b.document_id
    where (a.event_date is null or b.event_date is null or abs(date_diff('day', a.event_date, b.event_date)) <= 7)
      and not (a.event_name_key is not null and b.event_name_key is not null and a.event_name_key <> b.event_name_key)
      and (a.event_name_key = b.event_name_key or shared.document_a is not null)
),

reach as (
    with recursive walk (event_mention_id, other_mention_id) as (
        select event_mention_id, event_mention_id from mentions
        union
        select walk.event_mention_id, same_event.other_mention_id
        from walk
        inner join same_event on same_event.event_mention_id = walk.other_mention_id
    )
    select event_mention_id, min(other_mention_id) as event_id
    from walk
    group by event_mention_id
)

select
    reach.event_id,
    mentions.*
from mentions
inner join reach using (event_mention_id)
