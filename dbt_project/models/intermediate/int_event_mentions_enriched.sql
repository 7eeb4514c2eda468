with events as (
    select * from {{ ref('stg_extraction__events') }}
),

documents as (
    select document_id, published_date, reported_at from {{ ref('int_documents_joined') }}
)

select
    events.event_mention_id,
    events.document_id,
    events.event_type,
    events.event_name,
    nullif({{ normalise_name('events.event_name') }}, '') as event_name_key,
    coalesce(events.region_code, 'unknown') as region_code,
    coalesce(events.event_date, documents.published_date) as event_date,
    documents.reported_at,
    events.surface as evidence_text,
    events.span_start,
    events.span_end
from events
inner join documents on events.document_id = documents.document_id
