-- Event deduplication (the GDELT event/mention split). Mentions are the same real event when
--   * they carry the same name and type and fall in the same week (event date, else report date):
--     linked to the group's first mention (a star, linear in the number of mentions), or
--   * their documents share a participant (person or organisation) and they have the same type,
--     a compatible region (equal, or one side only says KZ / nothing), dates within a week (or both
--     unknown) and no
--     conflicting names. Participants named in more than max(3, 1%) of all documents (a head of
--     state, a national body) do not identify an event and are ignored.
-- Groups are closed over three hops of label propagation (each mention takes the smallest
-- mention id within three links): exact for groups of diameter three or less, bounded in cost.
with mentions as (
    select
        *,
        coalesce(event_date, cast(reported_at as date)) as match_date
    from {{ ref('int_event_mentions_enriched') }}
),

same_name as (
    select
        event_mention_id,
        min(event_mention_id) over (
            partition by event_type, event_name_key, date_trunc('week', match_date)
        ) as other_mention_id
    from mentions
    where event_name_key is not null
),

candidate_pairs as (
    select * from {{ ref('int_event_candidate_pairs') }}
),

same_event as (
    select event_mention_id, other_mention_id
    from candidate_pairs
    where (region_a = region_b or 'KZ' in (region_a, region_b) or 'unknown' in (region_a, region_b))
        -- within a week; two undated mentions (no event or publication date: never the landing time) may match
        and (abs(date_diff('day', date_a, date_b)) <= 7 or (date_a is null and date_b is null))
        and not (name_a is not null and name_b is not null and name_a <> name_b)
),

edges as (
    select event_mention_id, other_mention_id from same_event
    union all
    -- star edges both ways, so the group's members reach each other in two hops
    select event_mention_id, other_mention_id from same_name
    union all
    select other_mention_id, event_mention_id from same_name
    union all
    select event_mention_id, event_mention_id as other_mention_id from mentions
),

hop_1 as (
    select event_mention_id, min(other_mention_id) as group_label
    from edges
    group by event_mention_id
),

hop_2 as (
    select edges.event_mention_id, min(hop_1.group_label) as group_label
    from edges
    inner join hop_1 on edges.other_mention_id = hop_1.event_mention_id
    group by edges.event_mention_id
),

hop_3 as (
    select edges.event_mention_id, min(hop_2.group_label) as group_label
    from edges
    inner join hop_2 on edges.other_mention_id = hop_2.event_mention_id
    group by edges.event_mention_id
)

select
    hop_3.group_label as event_id,
    mentions.* exclude (match_date)
from mentions
inner join hop_3 using (event_mention_id)
