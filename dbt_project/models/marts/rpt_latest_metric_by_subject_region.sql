-- The latest figure per subject, unit and region.
with facts as (
    select * from {{ ref('fct_metrics') }}
)

select
    subject,
    unit,
    region_code,
    arg_max(metric_value, row(first_reported_at, metric_id)) as latest_value,
    arg_max(qualifier, row(first_reported_at, metric_id)) as qualifier,
    arg_max(evidence_text, row(first_reported_at, metric_id)) as evidence_text,
    arg_max(first_document_id, row(first_reported_at, metric_id)) as document_id,
    max(first_reported_at) as reported_at
from facts
group by subject, unit, region_code
