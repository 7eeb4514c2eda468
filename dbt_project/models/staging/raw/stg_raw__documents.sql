with source as (
    select * from {{ source('raw', 'documents') }}
),

quarantined as (
    select document_id from {{ source('raw', 'quarantined_documents') }}
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
    -- documents quarantined by hand (`qogam quarantine`) stay in raw but leave the marts
    where document_id not in (select document_id from quarantined)
)

select * from renamed
