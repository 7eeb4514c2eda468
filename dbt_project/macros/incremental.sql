{#- Incremental models by document.

    A row is rebuilt when its document was re-extracted (the extractor version is part of the
    extraction, so a new extractor re-extracts and moves `extracted_at`), when its document left
    staging (quarantined: the one filter is in stg_raw__documents), or when the logic that shaped
    it changed: `logic_version()` hashes the model's SQL and, upstream of it, every model, seed
    and project macro it depends on. A changed seed or macro gives a new version, and the
    pre-hook deletes the rows of the old one, so no `--full-refresh` is needed. -#}

{#- Rows of documents extracted after the newest row already built (all rows, once emptied). -#}
{% macro incremental_filter(column='extracted_at') -%}
    {% if is_incremental() %}
    where {{ column }} > (select coalesce(max(extracted_at), timestamp '1900-01-01') from {{ this }})
    {% endif %}
{%- endmacro %}

{#- Before an incremental build, drop the rows built by other logic, of documents re-extracted
    since (a document that now yields fewer rows, or none, leaves no stale rows) and of documents
    no longer staged. -#}
{% macro incremental_pre_hook() -%}
    {% if is_incremental() %}
    delete from {{ this }}
    where logic_version is distinct from '{{ logic_version() }}'
        or document_id in (
            select document_id from {{ ref('stg_extraction__documents') }}
            where extracted_at > (select coalesce(max(extracted_at), timestamp '1900-01-01') from {{ this }})
        )
        or document_id not in (select document_id from {{ ref('stg_raw__documents') }})
    {% endif %}
{%- endmacro %}

{#- A hash of everything that shapes the current model's rows: its own SQL and, upstream, the SQL
    of every model, the contents of every seed and the text of every project macro. -#}
{% macro logic_version() -%}
    {%- if not execute -%}{{ return('') }}{%- endif -%}
    {%- set queue = [model.unique_id] -%}
    {%- set seen = [] -%}
    {%- set parts = [] -%}
    {%- for node_id in queue -%}
        {%- if node_id not in seen and node_id in graph.nodes -%}
            {%- do seen.append(node_id) -%}
            {%- set node = graph.nodes[node_id] -%}
            {%- do parts.append(node_id ~ '=' ~ node.checksum.checksum) -%}
            {%- do parts.extend(_project_macro_texts(node.depends_on.macros)) -%}
            {%- do queue.extend(node.depends_on.nodes) -%}
        {%- endif -%}
    {%- endfor -%}
    {{ return(local_md5(parts | sort | join('\n'))[:12]) }}
{%- endmacro %}

{#- The text of the project's own macros among macro ids, and of the project macros they call. -#}
{% macro _project_macro_texts(macro_ids) -%}
    {%- set texts = [] -%}
    {%- set queue = macro_ids | list -%}
    {%- set seen = [] -%}
    {%- for macro_id in queue -%}
        {%- set parts = macro_id.split('.') -%}
        {%- if macro_id not in seen and parts[1] == project_name and context.get(parts[2]) is not none -%}
            {%- do seen.append(macro_id) -%}
            {%- set macro = context.get(parts[2]).macro -%}
            {%- do texts.append(macro_id ~ '=' ~ local_md5(macro.macro_sql)) -%}
            {%- do queue.extend(macro.depends_on.macros) -%}
        {%- endif -%}
    {%- endfor -%}
    {{ return(texts) }}
{%- endmacro %}
