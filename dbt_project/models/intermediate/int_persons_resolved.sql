with mentions as (
    select * from {{ ref('stg_extraction__persons') }}
),

resolved as (
    select
        *,
        {{ normalise_name('person_name') }} as person_key,
        md5({{ normalise_name('person_name') }}) as person_id
    from mentions
)

select * from resolved
