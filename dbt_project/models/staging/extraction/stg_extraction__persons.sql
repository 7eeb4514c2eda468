with source as (
    select * from {{ source('extraction', 'persons') }}
),

renamed as (
    select
        {{ surrogate_key(['document_id', 'item_index']) }} as person_mention_id,
        document_id,
        extractor_version,
        person_name,
        person_role,
        person_key,
        organisation_index,
        surface,
        item_index,
        span_start,
        span_end
    from source
)

select * from renamed
