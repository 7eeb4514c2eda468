with mentions as (
    select * from {{ ref('stg_extraction__organisations') }}
),

keyed as (
    select
        *,
        {{ normalise_name('organisation_name') }} as organisation_key
    from mentions
),

resolved as (
    select
        *,
        md5(organisation_key) as organisation_id
    from keyed
)

select * from resolved
