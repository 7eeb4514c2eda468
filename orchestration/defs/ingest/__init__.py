import dagster as dg

from .assets import raw_landing
from .sensors import landing_folder_sensor

defs = dg.Definitions(assets=[raw_landing], sensors=[landing_folder_sensor])
