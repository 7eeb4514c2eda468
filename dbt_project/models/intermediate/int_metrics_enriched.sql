with metrics as (
    select * from {{ ref('stg_extraction__metrics') }}
),

documents as (
    select document_id, published_date, period_year, reported_at, extracted_at from {{ ref('int_documents_joined') }}
),

organisations as (
    select document_id, organisation_id, span_end from {{ ref('int_organisations_resolved') }}
),

reorganisations as (
    select * from {{ ref('region_reorganisations') }}
),

-- The organisation a figure belongs to: the nearest organisation mention that ends
-- before the figure, within 300 characters of it, in the same document.
nearest_organisation as (
    select
        metrics.metric_mention_id,
        arg_min(organisations.organisation_id, metrics.span_start - organisations.span_end) as organisation_id
    from metrics
    inner join organisations
        on metrics.document_id = organisations.document_id
            and metrics.span_start >= organisations.span_end
            and metrics.span_start - organisations.span_end <= 300
    group by metrics.metric_mention_id
),

enriched as (
    select
        metrics.metric_mention_id,
        metrics.document_id,
        nearest_organisation.organisation_id,
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
    left join nearest_organisation on metrics.metric_mention_id = nearest_organisation.metric_mention_id
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
