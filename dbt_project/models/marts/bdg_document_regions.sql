with mentions as (
    select * from {{ ref('stg_extraction__regions') }}
)

select
    region_mention_id,
    document_id,
    region_code,
    region_code_at_date,
    district,
    surface,
    span_start,
    span_end
from mentions
