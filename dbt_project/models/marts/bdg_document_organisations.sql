with mentions as (
    select * from {{ ref('int_organisations_resolved') }}
)

select
    organisation_mention_id,
    document_id,
    organisation_id,
    organisation_name as name_as_read,
    surface,
    span_start,
    span_end
from mentions
