-- Every landed document has been extracted (the extraction asset runs before dbt).
-- Attached (as a Dagster asset check) to the extraction it verifies.
{{ config(meta={'dagster': {'ref': {'name': 'stg_extraction__documents'}}}) }}
select documents.document_id
from {{ ref('stg_raw__documents') }} as documents
left join {{ ref('stg_extraction__documents') }} as extracted using (document_id)
where extracted.document_id is null
