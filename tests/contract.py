"""The extraction contract (shared spec EXTRACTION.md) as assertions, for tests."""

RECORD_FIELDS = {
    "document_id",
    "source_file",
    "status",
    "reason",
    "language",
    "title",
    "published_date",
    "source_name",
    "body_start",
    "body_end",
    "regions",
    "organisations",
    "persons",
    "events",
    "metrics",
}
REGION_CODES = {
    "KZ",
    "KZ-10",
    "KZ-11",
    "KZ-15",
    "KZ-19",
    "KZ-23",
    "KZ-27",
    "KZ-31",
    "KZ-33",
    "KZ-35",
    "KZ-39",
    "KZ-43",
    "KZ-47",
    "KZ-55",
    "KZ-59",
    "KZ-61",
    "KZ-62",
    "KZ-63",
    "KZ-71",
    "KZ-75",
    "KZ-79",
}
ORG_TYPES = {"ngo", "government", "council", "state_fund", "centre", "media", "business", "education", "other"}
EVENT_TYPES = {"meeting", "forum", "competition", "campaign", "training", "other"}
UNITS = {"count", "KZT", "USD", "EUR", "RUB", "percent", "tonne", "kg", "hectare", "km", "m2", "litre"}
SUBJECTS = {
    "ngo",
    "organisation",
    "person",
    "child",
    "youth",
    "family",
    "volunteer",
    "service",
    "project",
    "centre",
    "event",
    "application",
    "grant",
    "delegate",
    "government_body",
    "yard",
    "package",
    "job",
    "other",
    "funding",
    "budget",
    "share",
    "growth",
}
QUALIFIERS = {"exact", "approx", "more_than", "less_than", "up_to"}


def assert_valid_record(rec: dict, raw_text: str | None) -> None:
    assert set(rec) >= RECORD_FIELDS, RECORD_FIELDS - set(rec)
    if rec["status"] == "rejected":
        assert rec["reason"]
        return
    assert rec["status"] == "ok" and rec["reason"] is None
    assert len(rec["document_id"]) == 64
    assert rec["language"] in {"ru", "kk", "mixed", "other"}
    assert rec["published_date"] is None or len(rec["published_date"]) == 10
    assert 0 <= rec["body_start"] <= rec["body_end"]
    for r in rec["regions"]:
        assert r["region_code"] in REGION_CODES
        assert r.get("region_code_at_date", r["region_code"]) in REGION_CODES
    for o in rec["organisations"]:
        assert o["name"] and o["org_type"] in ORG_TYPES
    n_orgs = len(rec["organisations"])
    for p in rec["persons"]:
        assert len(p["name"].split()) >= 2
        assert p.get("organisation_index") is None or 0 <= p["organisation_index"] < n_orgs
    for e in rec["events"]:
        assert e["event_type"] in EVENT_TYPES
        assert e["region_code"] is None or e["region_code"] in REGION_CODES
    for m in rec["metrics"]:
        assert isinstance(m["value"], float) and m["value"] >= 0
        assert m["unit"] in UNITS and m["subject"] in SUBJECTS and m["qualifier"] in QUALIFIERS
        assert m["region_code"] is None or m["region_code"] in REGION_CODES
        assert m.get("organisation_index") is None or 0 <= m["organisation_index"] < n_orgs
    if raw_text is not None:
        assert rec["body_end"] <= len(raw_text)
        for key in ("regions", "organisations", "persons", "events", "metrics"):
            for item in rec[key]:
                surface = item.get("surface", item.get("text"))
                assert raw_text[item["start"] : item["end"]] == surface, (key, item)
