with days as (
    select cast(generate_series as date) as date_day
    from generate_series(date '2000-01-01', date '2035-12-31', interval 1 day)
),

months as (
    select * from {{ ref('months') }}
)

select
    days.date_day,
    year(days.date_day) as year_number,
    quarter(days.date_day) as quarter_number,
    month(days.date_day) as month_number,
    day(days.date_day) as day_of_month,
    isodow(days.date_day) as iso_day_of_week,
    weekofyear(days.date_day) as iso_week_number,
    months.month_name_en,
    months.month_name_ru,
    months.month_name_kk,
    cast(date_trunc('month', days.date_day) as date) as month_start_date,
    isodow(days.date_day) >= 6 as is_weekend
from days
inner join months on months.month_number = month(days.date_day)
