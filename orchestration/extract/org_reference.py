"""The reference table of the national and regional bodies civil-society news names over and over
(Government, Parliament and its chambers, ministries, akimats and maslikhats of the 20 regions
and cities, the Civil Alliance, the Assembly of People of Kazakhstan, national companies and
funds), with Russian, Kazakh and English names and aliases (past names and abbreviations).

One CSV is the source of truth: ``data/reference/organisations_reference.csv``. This module
reads it to resolve mentions; dbt reads the same file as the seed ``organisations_reference``
(``seed-paths`` in dbt_project.yml points at that folder).

A mention resolves to a body when its words (legal forms and "Республики Казахстан" dropped)
equal a name or alias, when it is an abbreviation listed for the body, or when it is within a
small edit distance (rapidfuzz) of a name with the same head words: ``акимат ... района ...
области`` keeps its district and never becomes the regional akimat, and another ministry never
matches.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from .name_keys import head_concept, name_words

REFERENCE_PATH = Path(__file__).resolve().parent / "data" / "reference" / "organisations_reference.csv"
ABBREVIATION = re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}$")
FUZZY_CUTOFF = 90  # fuzz.ratio, 0..100: inflection and spelling variants, not another body
MIN_FUZZY_LENGTH = 10


@dataclass(frozen=True)
class Body:
    id: str
    org_type: str
    name_ru: str
    name_kk: str
    name_en: str


def match_form(name: str) -> str:
    """The words of a name that tell bodies apart, lower case, joined by single spaces."""
    return " ".join(name_words(name))


def heads(form: str) -> frozenset[str]:
    return frozenset(c for c in map(head_concept, form.split()) if c)


def abbreviation(name: str) -> str | None:
    """The abbreviation a name consists of (``АДГС``, ``МКИ РК`` -> ``АДГС``, ``МКИ``), else None."""
    words = [w for w in re.findall(r"[^\W_]+", name.strip('«»"')) if w.lower() not in {"рк", "қр"}]
    return words[0] if len(words) == 1 and ABBREVIATION.match(words[0]) else None


class ReferenceTable:
    def __init__(self, bodies: list[Body], aliases: dict[str, list[str]]):
        self.bodies = {b.id: b for b in bodies}
        exact: dict[str, set[str]] = {}
        abbreviations: dict[str, set[str]] = {}
        for body in bodies:
            for name in [body.name_ru, body.name_kk, body.name_en, *aliases.get(body.id, [])]:
                abbr = abbreviation(name)
                if abbr:
                    abbreviations.setdefault(abbr, set()).add(body.id)
                elif match_form(name):
                    exact.setdefault(match_form(name), set()).add(body.id)
        # a form listed for two bodies tells neither apart
        self.exact = {form: ids.pop() for form, ids in exact.items() if len(ids) == 1}
        self.abbreviations = {abbr: ids.pop() for abbr, ids in abbreviations.items() if len(ids) == 1}
        # one-word names as written ("Мәжіліс", "Сенат", "Үкімет"): found in Kazakh text with any case ending
        self.single_words = {
            name.strip("«»"): self.exact[match_form(name)]
            for body in bodies
            for name in [body.name_ru, body.name_kk, body.name_en, *aliases.get(body.id, [])]
            if len(name.strip("«»").split()) == 1
            and name.strip("«»")[:1].isupper()
            and not abbreviation(name)
            and match_form(name) in self.exact
        }
        self.by_heads: dict[frozenset[str], dict[str, str]] = {}
        for form, body_id in self.exact.items():
            self.by_heads.setdefault(heads(form), {})[form] = body_id

    def resolve(self, name: str) -> Body | None:
        abbr = abbreviation(name)
        if abbr:
            body_id = self.abbreviations.get(abbr)
            return self.bodies[body_id] if body_id else None
        form = match_form(name)
        if form in self.exact:
            return self.bodies[self.exact[form]]
        candidates = self.by_heads.get(heads(form)) if len(form) >= MIN_FUZZY_LENGTH else None
        if not candidates or not heads(form):
            return None
        best = process.extractOne(form, list(candidates), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        return self.bodies[candidates[best[0]]] if best else None


@lru_cache(maxsize=4)
def load_reference(path: Path = REFERENCE_PATH) -> ReferenceTable:
    """The table at path, read once per process."""
    bodies, aliases = [], {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            bodies.append(Body(row["id"], row["org_type"], row["name_ru"], row["name_kk"], row["name_en"]))
            aliases[row["id"]] = [a.strip() for a in row["aliases"].split("|") if a.strip()]
    return ReferenceTable(bodies, aliases)
