"""One raw text in, one contract record out (see shared spec EXTRACTION.md)."""

from __future__ import annotations

import hashlib
from datetime import date
from functools import lru_cache
from pathlib import Path

from . import context, records
from .events import find_events
from .gazetteer import GAZETTEER_PATH, find_regions
from .kazakh_latin import Transliteration, is_latin_kazakh, transliterate
from .kazakh_ner import load_tagger
from .language import detect_language
from .metrics import find_metrics
from .nlp import NerSpan, ner_spans_in_zones
from .organisations import find_organisations
from .page import analyse_page
from .persons import find_persons
from .sources import Rejection, SourceDocument

PACKAGE_DIR = Path(__file__).resolve().parent
RELEASE = "0.1"


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """Changes whenever a rule, lexicon or gazetteer file changes, so the asset re-extracts."""
    digest = hashlib.sha256()
    data = [p for p in (PACKAGE_DIR / "data").rglob("*") if p.is_file()]
    files = sorted(PACKAGE_DIR.rglob("*.py")) + sorted(data) + [GAZETTEER_PATH]
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return f"{RELEASE}+{digest.hexdigest()[:12]}"


KAZNERD_LABELS = {"PERSON": "PER", "ORGANISATION": "ORG"}


def kazakh_spans(text: str, zones) -> list[NerSpan]:
    """PER/ORG spans from the shipped Kazakh CRF (none if it is unavailable: rules still run)."""
    tagger = load_tagger()
    if tagger is None:
        return []
    out = []
    for zs, ze in zones:
        for ent in tagger.entities(text, zs, ze):
            if ent.label in KAZNERD_LABELS:
                out.append(NerSpan(KAZNERD_LABELS[ent.label], ent.start, ent.end, ent.text, ent.text, source="kaznerd"))
    return out


def extract_text(
    text: str,
    source_file: str = "",
    meta_title: str | None = None,
    meta_date: str | None = None,
    meta_source: str | None = None,
    doc_id: str | None = None,
) -> dict:
    """Extract the contract record from one decoded raw text. Latin-script Kazakh goes through
    the same pipeline in Cyrillic; its spans are mapped back to the text as written."""
    from .decoding import document_id

    if is_latin_kazakh(text):
        tr = transliterate(text)
        meta_cyr = transliterate(meta_title).text if meta_title else None
        # The outlet is read as written: transliterated, a Latin brand ("Kazinform tilshisi") would
        # no longer look like an outlet's name.
        meta_source = meta_source or analyse_page(text, meta_title, meta_date).source_name
        record = _extract(tr.text, source_file, meta_cyr, meta_date, meta_source, doc_id or document_id(text))
        return _back_to_latin(record, text, tr)
    return _extract(text, source_file, meta_title, meta_date, meta_source, doc_id)


SPAN_LISTS = ("regions", "organisations", "persons", "events", "metrics")


def _back_to_latin(record: dict, text: str, tr: Transliteration) -> dict:
    """Spans, surfaces and texts of a record read from the Cyrillic transliteration, as written."""

    def as_written(value: str | None) -> str | None:
        pos = tr.text.find(value) if value else -1
        if pos < 0:
            return value
        s, e = tr.to_source(pos, pos + len(value))
        return text[s:e]

    for key in SPAN_LISTS:
        for item in record[key]:
            item["start"], item["end"] = tr.to_source(item["start"], item["end"])
            for field in ("surface", "text"):
                if field in item:
                    item[field] = text[item["start"] : item["end"]]
    if record["body_start"] is not None:
        record["body_start"], record["body_end"] = tr.to_source(record["body_start"], record["body_end"])
    record["title"], record["source_name"] = as_written(record["title"]), as_written(record["source_name"])
    record["language"] = "kk"
    return record


def _extract(
    text: str,
    source_file: str,
    meta_title: str | None,
    meta_date: str | None,
    meta_source: str | None,
    doc_id: str | None,
) -> dict:
    from .decoding import document_id

    page = analyse_page(text, meta_title=meta_title, meta_date=meta_date, meta_source=meta_source)
    zones = page.zones
    lang = detect_language(text, zones[1:] or zones)
    on = date.fromisoformat(page.published_date) if page.published_date else None

    ner = []
    if lang in ("ru", "mixed"):
        ner.extend(ner_spans_in_zones(text, zones))
    if lang in ("kk", "mixed"):
        ner.extend(kazakh_spans(text, zones))
    persons = find_persons(text, zones, lang, ner)
    person_spans = [(p.start, p.end) for p in persons]
    blocked = person_spans + [(s.start, s.end) for s in ner if s.type == "PER"]
    regions = find_regions(text, zones, on=on, blocked=blocked)
    default_region = context.main_region(regions)
    organisations = find_organisations(text, zones, lang, ner, blocked=person_spans)
    events = find_events(text, zones)
    metrics = find_metrics(text, zones, lang)

    def region_of(pos: int) -> str | None:
        return context.region_for(pos, text, zones, regions, default_region)

    def organisation_of(pos: int) -> int | None:
        return context.organisation_for(pos, organisations)

    def organisation_of_person(p) -> int | None:
        return context.organisation_of_person(text, p, organisations, lang)

    return {
        "document_id": doc_id or document_id(text),
        "source_file": source_file,
        "status": "ok",
        "reason": None,
        "language": lang,
        "title": page.title,
        "published_date": page.published_date,
        "source_name": page.source_name,
        "body_start": page.body_start,
        "body_end": page.body_end,
        "extractor_version": extractor_version(),
        "regions": [records.region_item(r) for r in regions],
        "organisations": [records.organisation_item(o) for o in organisations],
        "persons": [records.person_item(p, text, organisation_of_person(p)) for p in persons],
        "events": [records.event_item(e, page.published_date, region_of(e.start)) for e in events],
        "metrics": [records.metric_item(m, region_of(m.start), organisation_of(m.start)) for m in metrics],
    }


def extract_document(doc: SourceDocument) -> dict:
    return extract_text(
        doc.raw_text, doc.source_file, doc.meta_title, doc.meta_published_at, doc.meta_source, doc_id=doc.document_id
    )


def rejection_record(rej: Rejection) -> dict:
    return {
        "document_id": None,
        "source_file": rej.source_file,
        "status": "rejected",
        "reason": rej.reason,
        "language": None,
        "title": None,
        "published_date": None,
        "source_name": None,
        "body_start": None,
        "body_end": None,
        "extractor_version": extractor_version(),
        "regions": [],
        "organisations": [],
        "persons": [],
        "events": [],
        "metrics": [],
    }
