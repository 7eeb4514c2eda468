with metrics as (
    select * from {{ ref('stg_extraction__metrics') }}
),

documents as (
    select document_id, published_date, period_year, reported_at, extracted_at from {{ ref('int_documents_joined') }}
),

-- The organisation a figure belongs to is attached by the extractor (extract/context.py):
-- organisation_index is the item_index of that organisation mention in the same document.
organisations as (
    select document_id, item_index, organisation_id from {{ ref('int_organisations_resolved') }}
),

reorganisations as (
    select * from {{ ref('region_reorganisations') }}
),

enriched as (
    select
        metrics.metric_mention_id,
        metrics.document_id,
        organisations.organisation_id,
        coalesce(metrics.region_code, 'unknown') as region_code,
        {{ region_code_at("coalesce(metrics.region_code, 'unknown')", 'documents.published_date') }}
            as region_code_at_date,
        metrics.unit,
        metrics.subject,
        metrics.noun,
        metrics.qualifier,
        metrics.evidence_text,
        metrics.metric_value,
        metrics.value_min,
        metrics.span_start,
        metrics.span_end,
        documents.published_date as document_date,
        documents.period_year,
        documents.reported_at,
        documents.extracted_at
    from metrics
    inner join documents on metrics.document_id = documents.document_id
    left join organisations
        on metrics.document_id = organisations.document_id
            and metrics.organisation_index = organisations.item_index
    left join reorganisations on reorganisations.region_code = coalesce(metrics.region_code, 'unknown')
),

identified as (
    select
        *,
        -- one observed fact: what, how much, how qualified, where, when (same key, same fact)
        {{ surrogate_key(['subject', 'unit', 'round(metric_value, 2)', 'qualifier', 'region_code', 'period_year']) }}
            as metric_id
    from enriched
)

select * from identified
