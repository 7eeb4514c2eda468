-- depends_on: {{ source('raw', 'documents') }}
-- depends_on: {{ source('raw', 'quarantined_documents') }}
-- Documents quarantined by hand (`qogam quarantine`) stay in raw but leave the marts: the view
-- raw.pipeline_documents (warehouse/db.py) leaves them out, for dbt and the GX suites alike.
with source as (
    select * from {{ source('raw', 'pipeline_documents') }}
),

renamed as (
    select
        -- ids
        document_id,
        file_sha256,
        -- strings
        source_file,
        source_format,
        encoding,
        url,
        meta_title,
        meta_source,
        -- numerics
        byte_size,
        length(raw_text) as text_length,
        -- dates
        try_cast(meta_published_at as date) as meta_published_date,
        landed_at
    from source
)

select * from renamed
