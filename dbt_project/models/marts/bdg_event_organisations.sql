-- Grain: an organisation named in a document that reports the event.
select distinct
    events.event_id,
    organisations.organisation_id
from {{ ref('int_events_clustered') }} as events
inner join {{ ref('int_organisations_resolved') }} as organisations using (document_id)
