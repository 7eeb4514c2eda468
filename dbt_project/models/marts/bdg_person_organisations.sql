with mentions as (
    select * from {{ ref('int_persons_resolved') }}
    where organisation_id is not null
)

-- A person's organisation, linked where the person's role names it (the extractor attaches it:
-- extract/context.py). Grain: one person and one organisation.
select
    {{ surrogate_key(['person_id', 'organisation_id']) }} as person_organisation_id,
    person_id,
    organisation_id,
    -- the longest role naming the organisation
    arg_max(person_role, row(length(person_role), person_role)) as person_role,
    count(*) as mention_count,
    count(distinct document_id) as document_count
from mentions
group by person_id, organisation_id
