-- Organisations ranked by how many documents and events mention them.
with organisations as (
    select * from {{ ref('dim_organisations') }}
),

event_counts as (
    select organisation_id, count(distinct event_id) as event_count
    from {{ ref('bdg_event_organisations') }}
    group by organisation_id
)

select
    organisations.organisation_id,
    organisations.organisation_name,
    organisations.org_type,
    organisations.document_count,
    organisations.mention_count,
    coalesce(event_counts.event_count, 0) as event_count,
    dense_rank() over (order by organisations.document_count desc, organisations.mention_count desc) as activity_rank,
    organisations.last_seen_date
from organisations
left join event_counts using (organisation_id)
