{#- Key used to resolve an entity name across documents: lower case, ё→е, quotes and
    punctuation folded to single spaces. -#}
{% macro normalise_name(expr) -%}
    trim(regexp_replace(replace(lower({{ expr }}), 'ё', 'е'), '[^\p{L}\p{N}]+', ' ', 'g'))
{%- endmacro %}

{% macro surrogate_key(fields) -%}
    md5(concat_ws('||', {% for f in fields %}coalesce(cast({{ f }} as varchar), '∅'){% if not loop.last %}, {% endif %}{% endfor %}))
{%- endmacro %}
