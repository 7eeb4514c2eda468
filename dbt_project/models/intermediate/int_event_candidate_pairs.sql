-- Candidate pairs of event mentions whose documents share a discriminative participant (a person
-- or organisation named in at most max(3, 1%) of documents: a head of state or a national body
-- does not identify an event). A table, so the planner cannot fold the matching conditions of
-- int_events_clustered into this join (it did, and compared every mention with every other).
{{ config(materialized='table') }}

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
)

select
    a.event_mention_id,
    b.event_mention_id as other_mention_id,
    a.region_code as region_a,
    b.region_code as region_b,
    a.match_date as date_a,
    b.match_date as date_b,
    a.event_name_key as name_a,
    b.event_name_key as name_b
from documents_sharing_a_participant as shared
inner join mentions as a on shared.document_a = a.document_id
inner join mentions as b
    on shared.document_b = b.document_id
        and a.event_type = b.event_type
