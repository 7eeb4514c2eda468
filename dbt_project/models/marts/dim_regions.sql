with regions as (
    select * from {{ ref('regions') }}
),

reorganisations as (
    select * from {{ ref('region_reorganisations') }}
)

select
    regions.region_code,
    regions.region_name_en,
    regions.region_name_ru,
    regions.region_name_kk,
    regions.region_type,
    regions.administrative_centre_ru,
    reorganisations.predecessor_region_code,
    regions.region_code = 'KZ' as is_country,
    regions.created_on,
    reorganisations.effective_on as reorganised_on
from regions
left join reorganisations using (region_code)
