{#- Values outside [min_value, max_value] (either bound optional: a missing bound compares as null,
    which never fails a row); rows matching `where` only. -#}
{% test accepted_range(model, column_name, min_value=none, max_value=none, where=none) %}
select *
from {{ model }}
where
    {{ column_name }} is not null
    and ({{ where if where else "true" }})
    and (
        {{ column_name }} < {{ min_value if min_value is not none else "null" }}
        or {{ column_name }} > {{ max_value if max_value is not none else "null" }}
    )
{% endtest %}
