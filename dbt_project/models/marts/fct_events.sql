with events as (
    select * from {{ ref('stg_extraction__events') }}
),

documents as (
    select document_id, published_date from {{ ref('int_documents_joined') }}
)

select
    events.event_mention_id as event_id,
    events.document_id,
    coalesce(events.region_code, 'unknown') as region_code,
    events.event_type,
    events.event_name,
    events.surface as evidence_text,
    events.span_start,
    events.span_end,
    coalesce(events.event_date, documents.published_date) as event_date
from events
inner join documents on documents.document_id = events.document_id
