-- depends_on: {{ ref('stg_extraction__documents') }}
-- depends_on: {{ source('raw', 'quarantined_documents') }}
-- Grain: one figure as read from one document. Incremental by document: only documents
-- extracted since the last build are (re)inserted; a re-extracted document's old rows go first.
{{ config(
    materialized='incremental',
    unique_key='document_id',
    incremental_strategy='delete+insert',
    on_schema_change='fail',
    pre_hook="{{ incremental_pre_hook() }}"
) }}

select
    metric_mention_id,
    metric_id,
    document_id,
    organisation_id,
    region_code,
    region_code_at_date,
    subject,
    noun,
    unit,
    qualifier,
    evidence_text,
    metric_value,
    value_min,
    span_start,
    span_end,
    period_year,
    document_date,
    reported_at,
    extracted_at
from {{ ref('int_metrics_enriched') }}
{{ incremental_filter() }}
