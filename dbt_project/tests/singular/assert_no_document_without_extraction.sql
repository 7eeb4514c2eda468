-- Every landed document has been extracted (the extraction asset runs before dbt).
select documents.document_id
from {{ ref('stg_raw__documents') }} as documents
left join {{ ref('stg_extraction__documents') }} as extracted using (document_id)
where extracted.document_id is null
