with mentions as (
    select * from {{ ref('stg_extraction__persons') }}
    -- only documents in the marts (quarantined ones are not)
    where document_id in (select document_id from {{ ref('int_documents_joined') }})
),

-- The key comes from the extractor (Kazakh letters folded, transliterated), so Ерлан Жұмабаев
-- and Ерлан Жумабаев are one person; rows from before keys existed fall back to the name.
resolved as (
    select
        * exclude (person_key),
        coalesce(person_key, {{ normalise_name('person_name') }}) as person_key,
        {{ surrogate_key(["coalesce(person_key, " ~ normalise_name('person_name') ~ ")"]) }} as person_id
    from mentions
)

select * from resolved
