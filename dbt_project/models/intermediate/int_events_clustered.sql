-- Event deduplication (the GDELT event/mention split). Two mentions in different documents are
-- the same real event when they have the same type, a compatible region (equal, or one side only
-- says KZ / nothing), dates within a week (the event date, else the report date), no conflicting
-- names, and either the same name or a shared participant between their documents. Participants
-- named in more than max(3, 1%) of all documents (a head of state, a national body) do not
-- identify an event and are ignored. Groups are closed over three hops of label propagation
-- (each mention takes the smallest mention id within three links): exact for groups of diameter
-- three or less, bounded in cost however large the corpus.
with mentions as (
    select
        *,
        coalesce(event_date, cast(reported_at as date)) as match_date
    from {{ ref('int_event_mentions_enriched') }}
),

all_participants as (
    select distinct document_id, 'organisation:' || organisation_id as participant
    from {{ ref('int_organisations_resolved') }}
    union
    select distinct document_id, 'person:' || person_id as participant
    from {{ ref('int_persons_resolved') }}
),

participant_frequency as (
    select participant, count(*) as document_count
    from all_participants
    group by participant
),

corpus as (
    select count(distinct document_id) as document_count from {{ ref('int_documents_joined') }}
),

participants as (
    select all_participants.*
    from all_participants
    inner join participant_frequency using (participant)
    cross join corpus
    where participant_frequency.document_count <= greatest(3, 0.01 * corpus.document_count)
),

documents_sharing_a_participant as (
    select distinct a.document_id as document_a, b.document_id as document_b
    from participants as a
    inner join participants as b
        on a.participant = b.participant
        and a.document_id <> b.document_id
),

candidate_pairs as (
    -- same name
    select a.event_mention_id, b.event_mention_id as other_mention_id
    from mentions as a
    inner join mentions as b
        on a.event_name_key = b.event_name_key
        and a.event_type = b.event_type
        and a.document_id <> b.document_id
    union
    -- a shared participant
    select a.event_mention_id, b.event_mention_id as other_mention_id
    from documents_sharing_a_participant as shared
    inner join mentions as a on a.document_id = shared.document_a
    inner join mentions as b
        on b.document_id = shared.document_b
        and b.event_type = a.event_type
),

same_event as (
    select pairs.event_mention_id, pairs.other_mention_id
    from candidate_pairs as pairs
    inner join mentions as a on a.event_mention_id = pairs.event_mention_id
    inner join mentions as b on b.event_mention_id = pairs.other_mention_id
    where (a.region_code = b.region_code or 'KZ' in (a.region_code, b.region_code)
           or 'unknown' in (a.region_code, b.region_code))
      and abs(date_diff('day', a.match_date, b.match_date)) <= 7
      and not (a.event_name_key is not null and b.event_name_key is not null and a.event_name_key <> b.event_name_key)
),

edges as (
    select event_mention_id, other_mention_id from same_event
    union all
    select event_mention_id, event_mention_id from mentions
),

hop_1 as (
    select event_mention_id, min(other_mention_id) as label
    from edges
    group by event_mention_id
),

hop_2 as (
    select edges.event_mention_id, min(hop_1.label) as label
    from edges
    inner join hop_1 on hop_1.event_mention_id = edges.other_mention_id
    group by edges.event_mention_id
),

hop_3 as (
    select edges.event_mention_id, min(hop_2.label) as label
    from edges
    inner join hop_2 on hop_2.event_mention_id = edges.other_mention_id
    group by edges.event_mention_id
)

select
    hop_3.label as event_id,
    mentions.* exclude (match_date)
from mentions
inner join hop_3 using (event_mention_id)
