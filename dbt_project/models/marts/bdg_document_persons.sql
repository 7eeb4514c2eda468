with mentions as (
    select * from {{ ref('int_persons_resolved') }}
)

select
    person_mention_id,
    document_id,
    person_id,
    person_name as name_as_read,
    person_role as role_as_read,
    organisation_id,
    surface,
    span_start,
    span_end
from mentions
