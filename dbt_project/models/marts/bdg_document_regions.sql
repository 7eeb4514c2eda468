-- depends_on: {{ ref('stg_extraction__documents') }}
-- depends_on: {{ ref('stg_raw__documents') }}
-- Grain: one place mention in one document. Incremental by document.
{{ config(
    materialized='incremental',
    unique_key='document_id',
    incremental_strategy='delete+insert',
    on_schema_change='fail',
    pre_hook="{{ incremental_pre_hook() }}"
) }}

select
    mentions.region_mention_id,
    mentions.document_id,
    mentions.region_code,
    mentions.region_code_at_date,
    mentions.district,
    mentions.surface,
    mentions.span_start,
    mentions.span_end,
    documents.extracted_at,
    '{{ logic_version() }}' as logic_version
from {{ ref('stg_extraction__regions') }} as mentions
inner join {{ ref('int_documents_joined') }} as documents using (document_id)
{{ incremental_filter('documents.extracted_at') }}
