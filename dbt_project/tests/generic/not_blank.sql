{#- Values that are present but empty or padded with whitespace (nulls pass). -#}
{% test not_blank(model, column_name) %}
select *
from {{ model }}
where {{ column_name }} is not null
  and ({{ column_name }} = '' or {{ column_name }} <> trim({{ column_name }}))
{% endtest %}
