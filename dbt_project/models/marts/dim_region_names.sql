-- SCD type 2: each name a unit has carried, with its validity range (valid_to exclusive).
with history as (
    select * from {{ ref('region_names_history') }}
)

select
    {{ surrogate_key(['region_code', 'valid_from']) }} as region_name_id,
    region_code,
    region_name_ru,
    region_name_kk,
    region_name_en,
    change_note,
    valid_to is null as is_current,
    valid_from,
    valid_to
from history
