with mentions as (
    select * from {{ ref('stg_extraction__organisations') }}
    -- only documents in the marts (quarantined ones are not)
    where document_id in (select document_id from {{ ref('int_documents_joined') }})
),

-- The extractor resolves each mention: to the reference table (canonical_id) first, else to a
-- language-independent key (lemmas, transliteration); rows from before keys existed fall back
-- to the normalised name.
resolved as (
    select
        * exclude (organisation_key),
        coalesce(organisation_key, {{ normalise_name('organisation_name') }}) as organisation_key,
        {%- set by_name = normalise_name('organisation_name') %}
        {%- set resolution_key = "coalesce(canonical_id, organisation_key, " ~ by_name ~ ")" %}
        {{ surrogate_key([resolution_key]) }} as organisation_id
    from mentions
)

select * from resolved
