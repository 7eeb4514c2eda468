with regions as (
    select * from {{ ref('regions') }}
)

select
    region_code,
    region_name_en,
    region_name_ru,
    region_name_kk,
    region_type,
    administrative_centre_ru,
    region_code = 'KZ' as is_country,
    created_on
from regions
