-- Every metric span lies inside the text it was read from.
-- Attached (as a Dagster asset check) to the metrics it verifies.
{{ config(meta={'dagster': {'ref': {'name': 'stg_extraction__metrics'}}}) }}
select metrics.metric_mention_id
from {{ ref('stg_extraction__metrics') }} as metrics
inner join {{ ref('stg_raw__documents') }} as documents using (document_id)
where metrics.span_start < 0
    or metrics.span_end > documents.text_length
    or metrics.span_end <= metrics.span_start
