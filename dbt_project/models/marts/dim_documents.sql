with documents as (
    select * from {{ ref('int_documents_joined') }}
)

select
    document_id,
    source_id,
    title,
    language,
    source_name,
    source_file,
    source_format,
    url,
    extractor_version,
    text_length,
    body_length,
    published_date,
    landed_at,
    extracted_at
from documents
