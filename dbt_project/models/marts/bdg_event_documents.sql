-- Grain: one mention of an event in one document (the event/mention split).
select
    event_mention_id,
    event_id,
    document_id,
    evidence_text,
    span_start,
    span_end,
    reported_at
from {{ ref('int_events_clustered') }}
