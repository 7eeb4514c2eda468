with landed as (
    select * from {{ ref('stg_raw__documents') }}
),

extracted as (
    select * from {{ ref('stg_extraction__documents') }}
),

joined as (
    select
        extracted.document_id,
        -- one outlet, one id, whatever the form the page names it in (Tengrinews = tengrinews.kz)
        {%- set outlet = outlet_key('coalesce(extracted.source_name, landed.meta_source)') %}
        {{ surrogate_key(["coalesce(" ~ outlet ~ ", 'unknown')"]) }} as source_id,
        extracted.extractor_version,
        coalesce(extracted.title, landed.meta_title) as title,
        extracted.language,
        coalesce(extracted.source_name, landed.meta_source) as source_name,
        landed.source_file,
        landed.source_format,
        landed.url,
        landed.text_length,
        extracted.body_end - extracted.body_start as body_length,
        coalesce(extracted.published_date, landed.meta_published_date) as published_date,
        year(coalesce(extracted.published_date, landed.meta_published_date)) as period_year,
        -- when the world learnt of it: the publication date, null when the page gives none (never the
        -- landing time, which says when we read the text, not when it was published)
        cast(coalesce(extracted.published_date, landed.meta_published_date) as timestamp) as reported_at,
        landed.landed_at,
        extracted.extracted_at
    from extracted
    inner join landed on extracted.document_id = landed.document_id
)

select * from joined
