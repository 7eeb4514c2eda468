import dagster as dg

from .assets import extracted_facts

defs = dg.Definitions(assets=[extracted_facts])
