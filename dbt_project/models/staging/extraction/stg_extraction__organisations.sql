with source as (
    select * from {{ source('extraction', 'organisations') }}
),

renamed as (
    select
        {{ surrogate_key(['document_id', 'item_index']) }} as organisation_mention_id,
        document_id,
        extractor_version,
        organisation_name,
        org_type,
        canonical_id,
        organisation_key,
        surface,
        item_index,
        span_start,
        span_end
    from source
)

select * from renamed
