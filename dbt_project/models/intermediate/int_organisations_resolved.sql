with mentions as (
    select * from {{ ref('stg_extraction__organisations') }}
),

resolved as (
    select
        *,
        {{ organisation_key('organisation_name') }} as organisation_key,
        md5({{ organisation_key('organisation_name') }}) as organisation_id
    from mentions
)

select * from resolved
