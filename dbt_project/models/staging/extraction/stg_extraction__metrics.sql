with source as (
    select * from {{ source('extraction', 'metrics') }}
),

renamed as (
    select
        {{ surrogate_key(['document_id', 'item_index']) }} as metric_mention_id,
        document_id,
        extractor_version,
        unit,
        subject,
        noun,
        qualifier,
        region_code,
        organisation_index,
        evidence_text,
        metric_value,
        value_min,
        item_index,
        span_start,
        span_end
    from source
)

select * from renamed
