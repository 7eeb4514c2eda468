-- NGO counts by region over time: the latest reported figure per region and year. Subject `ngo` is
-- NGOs as such; subsets named by another noun phrase (volunteer, ethnocultural) are `organisation`.
with facts as (
    select * from {{ ref('fct_metrics') }}
    where subject = 'ngo' and unit = 'count'
),

regions as (
    select * from {{ ref('dim_regions') }}
)

select
    facts.region_code,
    regions.region_name_ru,
    regions.region_name_kk,
    facts.period_year,
    arg_max(facts.metric_value, row(facts.first_reported_at, facts.metric_id)) as ngo_count,
    arg_max(facts.qualifier, row(facts.first_reported_at, facts.metric_id)) as qualifier,
    cast(sum(facts.source_count) as bigint) as source_count,
    max(facts.first_reported_at) as latest_reported_at
from facts
inner join regions using (region_code)
group by facts.region_code, regions.region_name_ru, regions.region_name_kk, facts.period_year
