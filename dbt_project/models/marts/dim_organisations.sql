with mentions as (
    select * from {{ ref('int_organisations_resolved') }}
),

documents as (
    select document_id, published_date, landed_at from {{ ref('int_documents_joined') }}
),

aggregated as (
    select
        mentions.organisation_id,
        -- the most frequent written form names the organisation
        mode(mentions.organisation_name) as organisation_name,
        mode(mentions.org_type) as org_type,
        any_value(mentions.organisation_key) as organisation_key,
        count(*) as mention_count,
        count(distinct mentions.document_id) as document_count,
        min(coalesce(documents.published_date, documents.landed_at::date)) as first_seen_date,
        max(coalesce(documents.published_date, documents.landed_at::date)) as last_seen_date
    from mentions
    inner join documents on documents.document_id = mentions.document_id
    group by mentions.organisation_id
)

select * from aggregated
