with mentions as (
    select * from {{ ref('int_organisations_resolved') }}
),

documents as (
    select document_id, published_date, landed_at, language from {{ ref('int_documents_joined') }}
),

reference as (
    select * from {{ ref('organisations_reference') }}
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

-- The most frequent form read in Russian and in Kazakh documents (the reference names win).
language_counts as (
    select mentions.organisation_id, documents.language, mentions.organisation_name, count(*) as n
    from mentions
    inner join documents on mentions.document_id = documents.document_id
    group by all
),

language_names as (
    select
        organisation_id,
        arg_max(organisation_name, row(n, organisation_name)) filter (where language = 'ru') as read_ru,
        arg_max(organisation_name, row(n, organisation_name)) filter (where language = 'kk') as read_kk
    from language_counts
    group by organisation_id
),

canonical as (
    select organisation_id, any_value(canonical_id) as canonical_id
    from mentions
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
    inner join documents on mentions.document_id = documents.document_id
    inner join names on mentions.organisation_id = names.organisation_id
    group by mentions.organisation_id
)

select
    aggregated.organisation_id,
    coalesce(reference.name_ru, aggregated.organisation_name) as organisation_name,
    coalesce(reference.name_ru, language_names.read_ru) as name_ru,
    coalesce(reference.name_kk, language_names.read_kk) as name_kk,
    reference.id is not null as canonical,
    reference.id as canonical_id,
    coalesce(reference.org_type, aggregated.org_type) as org_type,
    aggregated.organisation_key,
    aggregated.mention_count,
    aggregated.document_count,
    aggregated.first_seen_date,
    aggregated.last_seen_date
from aggregated
inner join language_names on aggregated.organisation_id = language_names.organisation_id
inner join canonical on aggregated.organisation_id = canonical.organisation_id
left join reference on canonical.canonical_id = reference.id
