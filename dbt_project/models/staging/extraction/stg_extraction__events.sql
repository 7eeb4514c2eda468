with source as (
    select * from {{ source('extraction', 'events') }}
),

renamed as (
    select
        {{ surrogate_key(['document_id', 'item_index']) }} as event_mention_id,
        document_id,
        extractor_version,
        event_type,
        event_name,
        region_code,
        surface,
        item_index,
        span_start,
        span_end,
        event_date
    from source
)

select * from renamed
