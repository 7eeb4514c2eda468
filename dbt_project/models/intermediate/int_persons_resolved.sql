with mentions as (
    select * from {{ ref('stg_extraction__persons') }}
    -- only documents in the marts (quarantined ones are not)
    where document_id in (select document_id from {{ ref('int_documents_joined') }})
),

-- The organisation the person's role names is attached by the extractor (extract/context.py):
-- organisation_index is the item_index of that organisation mention in the same document.
organisations as (
    select document_id, item_index, organisation_id from {{ ref('int_organisations_resolved') }}
),

-- The key comes from the extractor (Kazakh letters folded, transliterated), so Ерлан Жұмабаев
-- and Ерлан Жумабаев are one person; rows from before keys existed fall back to the name.
resolved as (
    select
        mentions.* exclude (person_key),
        coalesce(mentions.person_key, {{ normalise_name('mentions.person_name') }}) as person_key,
        {{ surrogate_key(["coalesce(mentions.person_key, " ~ normalise_name('mentions.person_name') ~ ")"]) }}
            as person_id,
        organisations.organisation_id
    from mentions
    left join organisations
        on mentions.document_id = organisations.document_id
            and mentions.organisation_index = organisations.item_index
)

select * from resolved
