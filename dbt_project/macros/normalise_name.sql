{#- Key used to resolve an entity name across documents: lower case, ё→е, quotes and
    punctuation folded to single spaces. -#}
{% macro normalise_name(expr) -%}
    trim(regexp_replace(replace(lower({{ expr }}), 'ё', 'е'), '[^\p{L}\p{N}]+', ' ', 'g'))
{%- endmacro %}

{% macro surrogate_key(fields) -%}
    md5(concat_ws('||', {% for f in fields %}coalesce(cast({{ f }} as varchar), '∅'){% if not loop.last %}, {% endif %}{% endfor %}))
{%- endmacro %}


{#- The region that held a place on a date: a unit created later maps back to its predecessor. -#}
{% macro region_code_at(region_expr, date_expr, reorganisations='reorganisations') -%}
    case
        when {{ date_expr }} is not null and {{ reorganisations }}.effective_on is not null
             and {{ date_expr }} < {{ reorganisations }}.effective_on
        then {{ reorganisations }}.predecessor_region_code
        else {{ region_expr }}
    end
{%- endmacro %}

{#- One key per outlet whatever the form it is named in: 'Tengrinews', 'tengrinews.kz',
    'TENGRINEWS.KZ', 'www.tengrinews.kz' -> 'tengrinews' (case, web prefix, domain suffix and
    punctuation dropped). -#}
{% macro outlet_key(expr) -%}
    nullif(regexp_replace(
        regexp_replace(regexp_replace(lower(trim({{ expr }})), '^www\.', ''), '\.(kz|ru|com|org|net|media|tv|info|қаз)$', ''),
        '[^\p{L}\p{N}]+', '', 'g'), '')
{%- endmacro %}
