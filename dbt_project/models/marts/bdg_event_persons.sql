-- Grain: a person named in a document that reports the event.
select distinct
    events.event_id,
    persons.person_id
from {{ ref('int_events_clustered') }} as events
inner join {{ ref('int_persons_resolved') }} as persons using (document_id)
