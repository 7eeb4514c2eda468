with source as (
    select * from {{ source('extraction', 'documents') }}
),

renamed as (
    select
        document_id,
        extractor_version,
        language,
        title,
        source_name,
        body_start,
        body_end,
        published_date,
        extracted_at
    from source
)

select * from renamed
