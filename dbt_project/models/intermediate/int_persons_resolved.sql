with mentions as (
    select * from {{ ref('stg_extraction__persons') }}
    -- only documents in the marts (quarantined ones are not)
    where document_id in (select document_id from {{ ref('int_documents_joined') }})
),

resolved as (
    select
        *,
        {{ normalise_name('person_name') }} as person_key,
        md5({{ normalise_name('person_name') }}) as person_id
    from mentions
)

select * from resolved
