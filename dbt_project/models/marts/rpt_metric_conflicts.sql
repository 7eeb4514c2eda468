-- The same subject, unit, region and period reported with different values by different
-- documents (different figures within one article usually count different things).
with facts as (
    select * from {{ ref('fct_metrics') }}
    where region_code <> 'unknown'
)

select
    {{ surrogate_key(['subject', 'unit', 'region_code', 'period_year']) }} as conflict_id,
    subject,
    unit,
    region_code,
    period_year,
    count(*) as distinct_value_count,
    min(metric_value) as min_value,
    max(metric_value) as max_value,
    string_agg(distinct cast(metric_value as varchar) || ' (' || qualifier || ')', '; ') as reported_values,
    cast(sum(source_count) as bigint) as source_count
from facts
group by subject, unit, region_code, period_year
having count(distinct metric_value) > 1 and count(distinct first_document_id) > 1
