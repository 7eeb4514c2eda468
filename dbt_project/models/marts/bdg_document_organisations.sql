-- Grain: one organisation mention, with the organisation it was resolved to (auditable): every
-- alias as read stays here, while dim_organisations has one row per body.
select
    organisation_mention_id,
    document_id,
    organisation_id,
    organisation_name as name_as_read,
    organisation_key,
    canonical_id,
    surface,
    span_start,
    span_end
from {{ ref('int_organisations_resolved') }}
