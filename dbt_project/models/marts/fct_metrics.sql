-- Grain: one distinct observed fact (subject, unit, value, qualifier, region, period),
-- with how many documents reported it and the earliest one.
select
    metric_id,
    arg_min(document_id, row(reported_at, document_id)) as first_document_id,
    any_value(region_code) as region_code,
    arg_min(region_code_at_date, row(reported_at, document_id)) as region_code_at_date,
    arg_min(organisation_id, row(reported_at, document_id, organisation_id)) as organisation_id,
    any_value(subject) as subject,
    -- an attribute, not part of the grain: the noun as the earliest document wrote it
    arg_min(noun, row(reported_at, document_id, span_start)) as noun,
    any_value(unit) as unit,
    any_value(qualifier) as qualifier,
    arg_min(evidence_text, row(reported_at, document_id, span_start)) as evidence_text,
    round(any_value(metric_value), 2) as metric_value,
    any_value(period_year) as period_year,
    count(distinct document_id) as source_count,
    count(*) as mention_count,
    min(reported_at) as first_reported_at
from {{ ref('fct_metric_mentions') }}
group by metric_id
