with metrics as (
    select * from {{ ref('int_metrics_enriched') }}
)

select
    metric_mention_id as metric_id,
    document_id,
    organisation_id,
    region_code,
    subject,
    unit,
    qualifier,
    evidence_text,
    metric_value,
    value_min,
    span_start,
    span_end,
    document_date
from metrics
