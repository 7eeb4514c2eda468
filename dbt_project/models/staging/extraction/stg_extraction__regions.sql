with source as (
    select * from {{ source('extraction', 'regions') }}
),

renamed as (
    select
        {{ surrogate_key(['document_id', 'item_index']) }} as region_mention_id,
        document_id,
        extractor_version,
        region_code,
        coalesce(region_code_at_date, region_code) as region_code_at_date,
        district,
        surface,
        item_index,
        span_start,
        span_end
    from source
)

select * from renamed
