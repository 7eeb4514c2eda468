-- Funding in tenge by region and year, each distinct fact counted once.
with facts as (
    select * from {{ ref('fct_metrics') }}
    where unit = 'KZT' and subject in ('funding', 'budget')
),

regions as (
    select * from {{ ref('dim_regions') }}
)

select
    facts.region_code,
    regions.region_name_ru,
    facts.period_year,
    sum(facts.metric_value) as total_tenge,
    count(*) as fact_count,
    cast(sum(facts.source_count) as bigint) as source_count
from facts
inner join regions using (region_code)
group by facts.region_code, regions.region_name_ru, facts.period_year
