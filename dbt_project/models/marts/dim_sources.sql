with documents as (
    select * from {{ ref('int_documents_joined') }}
)

select
    source_id,
    -- the form the outlet is most often named in (ties: alphabetical)
    coalesce(mode(source_name order by source_name), 'unknown') as source_name,
    count(*) as document_count,
    min(published_date) as first_published_date,
    max(published_date) as last_published_date
from documents
group by source_id
