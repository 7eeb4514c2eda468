"""Resolve place mentions to ISO 3166-2:KZ first-level units.

Two CSV files shipped with this package (``data/``) are the one source of both rules; the
dbt project seeds the same files (``seed-paths`` in ``dbt_project.yml``):

- ``region_gazetteer.csv``: each row an alias given as word stems; every word may carry a
  Russian ending or a chain of Kazakh suffixes (``облыс`` + ``ы`` + ``ның``). Longer aliases
  win over shorter ones (``Алматы облысы`` is the region, ``Алматы`` the city).
- ``region_reorganisations.csv``: units created from another one on a date. A place of such a
  unit mentioned in a text dated before then belonged to the predecessor
  (``region_code_at``; the dbt macro ``region_code_at`` applies the same table).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from . import kazakh

DATA_DIR = Path(str(files(__package__).joinpath("data")))
GAZETTEER_PATH = DATA_DIR / "region_gazetteer.csv"
REORGANISATIONS_PATH = DATA_DIR / "region_reorganisations.csv"

RU_TAILS = (
    "а|у|е|ом|ым|ой|ою|ы|и|ем|ю|я|ей|ах|ам|ами|ь|ью|ий|ая|ую|ого|ому|ие|их|им|ими|"
    "ские|ский|ская|ской|скую|ского|ском|ских|цы|цев"
)
KK_CASES = kazakh.alternation(
    kazakh.GENITIVE,
    kazakh.DATIVE,
    kazakh.DATIVE_AFTER_PERSON,
    kazakh.ACCUSATIVE,
    kazakh.INSTRUMENTAL,
    kazakh.LOCATIVE,
    kazakh.RELATIVE,
    kazakh.ABLATIVE,
    kazakh.AFTER_POSSESSIVE,
    kazakh.DERIVATIONAL_ENDINGS,
)
GENERIC_TAIL = rf"(?:{RU_TAILS}|(?:{kazakh.alternation(kazakh.POSSESSIVE_ENDINGS)})?(?:{KK_CASES})?)"
WORD_END = r"(?![\w-])"


@dataclass(frozen=True)
class Place:
    alias: str
    region_code: str
    place_type: str
    place_name: str
    pattern: re.Pattern


@dataclass(frozen=True)
class Reorganisation:
    region_code: str
    predecessor_region_code: str
    effective_on: date


@dataclass(frozen=True)
class RegionMention:
    region_code: str
    surface: str
    start: int
    end: int
    place_type: str
    district: str | None
    region_code_at_date: str | None


def _word_pattern(word: str, tails: str) -> str:
    first, rest = word[0], word[1:]
    head = re.escape(first) + (f"(?i:{re.escape(rest)})" if rest else "")
    if tails == "":
        return head
    return head + (GENERIC_TAIL if tails == "*" else f"(?:{tails})")


def _compile(alias: str, tails: str) -> re.Pattern:
    words = alias.split()
    parts = [_word_pattern(w, tails if i == len(words) - 1 else "*") for i, w in enumerate(words)]
    return re.compile(r"(?<![\w-])" + r"\s+".join(parts) + WORD_END)


@lru_cache(maxsize=4)
def load_gazetteer(path: Path = GAZETTEER_PATH) -> tuple[Place, ...]:
    places = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            places.append(
                Place(
                    alias=row["alias"],
                    region_code=row["region_code"],
                    place_type=row["place_type"],
                    place_name=row["place_name"],
                    pattern=_compile(row["alias"], row.get("tails") or ""),
                )
            )
    # Longest alias first, so that multi-word names take their span before their parts.
    return tuple(sorted(places, key=lambda p: (-len(p.alias.split()), -len(p.alias))))


@lru_cache(maxsize=4)
def load_reorganisations(path: Path = REORGANISATIONS_PATH) -> dict[str, Reorganisation]:
    """Units created from another one, by the new unit's code."""
    with path.open(encoding="utf-8", newline="") as fh:
        return {
            row["region_code"]: Reorganisation(
                row["region_code"], row["predecessor_region_code"], date.fromisoformat(row["effective_on"])
            )
            for row in csv.DictReader(fh)
        }


def region_code_at(region_code: str, on: date | None, path: Path = REORGANISATIONS_PATH) -> str:
    """The unit that held a place of ``region_code`` on a date: its predecessor before the unit existed."""
    change = load_reorganisations(path).get(region_code)
    if on is not None and change is not None and on < change.effective_on:
        return change.predecessor_region_code
    return region_code


@lru_cache(maxsize=4)
def _by_prefix(path: Path = GAZETTEER_PATH) -> dict[str, tuple[Place, ...]]:
    """Aliases indexed by the first three letters (lower case) of their first word, longest first."""
    index: dict[str, list[Place]] = {}
    for place in load_gazetteer(path):
        index.setdefault(place.alias[:3].lower(), []).append(place)
    return {k: tuple(v) for k, v in index.items()}


WORD_START = re.compile(r"(?<![\w-])\w")


def find_regions(
    text: str,
    zones: list[tuple[int, int]] | None = None,
    on: date | None = None,
    blocked: list[tuple[int, int]] | None = None,
    gazetteer: Path = GAZETTEER_PATH,
    reorganisations: Path = REORGANISATIONS_PATH,
) -> list[RegionMention]:
    """All place mentions in the zones of text (non-overlapping, longest first, in text order).

    ``blocked`` spans (e.g. person names such as ``Алтай Кульгинов``) are never places.
    ``gazetteer`` and ``reorganisations`` default to the files shipped with the package.
    """
    zones = zones or [(0, len(text))]
    blocked = list(blocked or [])
    index = _by_prefix(gazetteer)
    found: list[RegionMention] = []
    for zs, ze in zones:
        resume = zs
        for w in WORD_START.finditer(text, zs, ze):
            pos = w.start()
            if pos < resume:
                continue
            for place in index.get(text[pos : pos + 3].lower(), ()):
                m = place.pattern.match(text, pos, ze)
                if m is None:
                    continue
                s, e = m.start(), m.end()
                if any(s < be and bs < e for bs, be in blocked):
                    break  # inside a person's name (Алтай Кульгинов): not a place
                resume = e
                found.append(
                    RegionMention(
                        region_code=place.region_code,
                        surface=m.group(0),
                        start=s,
                        end=e,
                        place_type=place.place_type,
                        district=place.place_name if place.place_type in {"city", "district"} else None,
                        region_code_at_date=region_code_at(place.region_code, on, reorganisations),
                    )
                )
                break
    return sorted(found, key=lambda r: r.start)


@lru_cache(maxsize=1)
def _one_word_places() -> dict[str, tuple[re.Pattern, ...]]:
    """Gazetteer aliases of one word, by their first three letters (lower case)."""
    index: dict[str, list[re.Pattern]] = {}
    for place in load_gazetteer():
        if " " not in place.alias:
            index.setdefault(place.alias[:3].lower(), []).append(place.pattern)
    return {k: tuple(v) for k, v in index.items()}


def is_place_word(word: str) -> bool:
    """The word is a place of the gazetteer in any case form (Астана, Алматыда, Семея)."""
    return any(p.fullmatch(word) for p in _one_word_places().get(word[:3].lower(), ()))
