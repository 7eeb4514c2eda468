with mentions as (
    select * from {{ ref('stg_extraction__organisations') }}
    -- only documents in the marts (quarantined ones are not)
    where document_id in (select document_id from {{ ref('int_documents_joined') }})
),

resolved as (
    select
        *,
        {{ organisation_key('organisation_name') }} as organisation_key,
        md5({{ organisation_key('organisation_name') }}) as organisation_id
    from mentions
)

select * from resolved
