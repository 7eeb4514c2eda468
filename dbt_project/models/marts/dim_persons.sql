with mentions as (
    select * from {{ ref('int_persons_resolved') }}
)

select
    person_id,
    arg_max(person_name, row(length(person_name), person_name)) as person_name,
    -- the longest role written next to the person
    arg_max(person_role, row(length(coalesce(person_role, '')), person_role)) as person_role,
    count(*) as mention_count,
    count(distinct document_id) as document_count
from mentions
group by person_id
