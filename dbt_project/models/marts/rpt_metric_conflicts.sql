-- The same subject, unit, region and period reported with different values by different
-- documents (different figures within one article usually count different things).
with facts as (
    select * from {{ ref('fct_metrics') }}
    where region_code <> 'unknown'
),

conflicts as (
    select
        subject,
        unit,
        region_code,
        period_year,
        count(*) as distinct_value_count,
        min(metric_value) as min_value,
        max(metric_value) as max_value,
        cast(sum(source_count) as bigint) as source_count
    from facts
    group by subject, unit, region_code, period_year
    having count(distinct metric_value) > 1 and count(distinct first_document_id) > 1
),

-- each value once, listed in order of value (deterministic: a rebuild gives the same text)
reported as (
    select distinct
        subject,
        unit,
        region_code,
        period_year,
        metric_value,
        qualifier
    from facts
),

reported_values as (
    select
        subject,
        unit,
        region_code,
        period_year,
        string_agg(
            cast(metric_value as varchar) || ' (' || qualifier || ')', '; '
            order by metric_value, qualifier
        ) as reported_values
    from reported
    group by subject, unit, region_code, period_year
)

select
    {{ surrogate_key(['conflicts.subject', 'conflicts.unit', 'conflicts.region_code', 'conflicts.period_year']) }}
        as conflict_id,
    conflicts.subject,
    conflicts.unit,
    conflicts.region_code,
    conflicts.period_year,
    conflicts.distinct_value_count,
    conflicts.min_value,
    conflicts.max_value,
    reported_values.reported_values,
    conflicts.source_count
from conflicts
inner join reported_values
    on
        conflicts.subject = reported_values.subject
        and conflicts.unit = reported_values.unit
        and conflicts.region_code = reported_values.region_code
        and conflicts.period_year is not distinct from reported_values.period_year
