"""Contract items (docs/EXTRACTION.md) from the extractor's findings: one function per fact type."""

from __future__ import annotations

from dataclasses import asdict

from .events import Event
from .gazetteer import RegionMention
from .metrics import Metric
from .name_keys import person_key
from .organisations import Organisation
from .persons import Person


def region_item(r: RegionMention) -> dict:
    item = {"region_code": r.region_code, "surface": r.surface, "start": r.start, "end": r.end}
    if r.district:
        item["district"] = r.district
    if r.region_code_at_date != r.region_code:
        item["region_code_at_date"] = r.region_code_at_date
    return item


def organisation_item(o: Organisation) -> dict:
    return asdict(o)


def person_item(p: Person, text: str, organisation_index: int | None = None) -> dict:
    return {
        "name": p.name,
        "role": p.role,
        "organisation_index": organisation_index,
        "surface": text[p.start : p.end],
        "start": p.start,
        "end": p.end,
        "key": person_key(p.name),
    }


def event_item(e: Event, date: str | None, region_code: str | None) -> dict:
    return {
        "event_type": e.event_type,
        "name": e.name,
        "date": date,
        "region_code": region_code,
        "surface": e.surface,
        "start": e.start,
        "end": e.end,
    }


def metric_item(m: Metric, region_code: str | None, organisation_index: int | None = None) -> dict:
    return {
        "value": m.value,
        "unit": m.unit,
        "subject": m.subject,
        "noun": m.noun,
        "qualifier": m.qualifier,
        "region_code": region_code,
        "organisation_index": organisation_index,
        "text": m.text,
        "start": m.start,
        "end": m.end,
        **({"value_min": m.value_min} if m.value_min is not None else {}),
    }
