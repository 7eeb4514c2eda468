{#- Incremental by document: rows of documents extracted after the newest row already built. -#}
{% macro incremental_filter(column='extracted_at') -%}
    {% if is_incremental() %}
    where {{ column }} > (select coalesce(max(extracted_at), timestamp '1900-01-01') from {{ this }})
    {% endif %}
{%- endmacro %}

{#- Before an incremental build, drop the rows of documents that were re-extracted since, so a
    document that now yields fewer rows (or none) leaves no stale rows behind, and of documents
    quarantined since. -#}
{% macro incremental_pre_hook() -%}
    {% if is_incremental() %}
    delete from {{ this }} where document_id in (
        select document_id from {{ ref('stg_extraction__documents') }}
        where extracted_at > (select coalesce(max(extracted_at), timestamp '1900-01-01') from {{ this }})
        union all
        select document_id from {{ source('raw', 'quarantined_documents') }}
    )
    {% endif %}
{%- endmacro %}
