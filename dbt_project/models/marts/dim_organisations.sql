with mentions as (
    select * from {{ ref('int_organisations_resolved') }}
),

documents as (
    select document_id, published_date, landed_at from {{ ref('int_documents_joined') }}
),

-- The most frequent written form names the organisation (ties: alphabetical), likewise its type.
name_counts as (
    select organisation_id, organisation_name, org_type, count(*) as n
    from mentions
    group by all
),

names as (
    select
        organisation_id,
        arg_max(organisation_name, row(n, organisation_name)) as organisation_name,
        arg_max(org_type, row(n, org_type)) as org_type
    from name_counts
    group by organisation_id
),

aggregated as (
    select
        mentions.organisation_id,
        any_value(names.organisation_name) as organisation_name,
        any_value(names.org_type) as org_type,
        any_value(mentions.organisation_key) as organisation_key,
        count(*) as mention_count,
        count(distinct mentions.document_id) as document_count,
        min(coalesce(documents.published_date, documents.landed_at::date)) as first_seen_date,
        max(coalesce(documents.published_date, documents.landed_at::date)) as last_seen_date
    from mentions
    inner join documents on documents.document_id = mentions.document_id
    inner join names on names.organisation_id = mentions.organisation_id
    group by mentions.organisation_id
)

select * from aggregated
