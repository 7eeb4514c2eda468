"""The context a fact is read in, attached once, here: the region and the organisation a figure or
an event belongs to, and the organisation a person's role names. The warehouse only joins.

- Region: the nearest place mention in the fact's sentence, else the document's main region
  (a generic city word in an article about one city means that city).
- Organisation of a figure: the nearest organisation mention ending before the figure, within
  ORGANISATION_WINDOW characters (ties: the longer mention, then the first in the list).
- Organisation of a person: the organisation mention inside the role as written
  (``председатель общественного совета при акимате``, ``Қоғамдық даму басқармасының басшысы``)
  or adjacent to it in a genitive/izafet chain (``директор`` + ``центра «Шанс»``,
  ``басқармасының`` + ``басшысы``). Russian roles name their body by the first complement after
  the head; Kazakh chains end with the position word, so the body is the last one before it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from . import kazakh
from .gazetteer import RegionMention
from .morphology import parses
from .organisations import KK_GENITIVE, Organisation
from .page import zone_at
from .persons import Person
from .sentences import sentence_bounds

CITY_WORDS = re.compile(
    r"(?<!\w)(?:мегаполис(?:е|а|у|ом)?|город(?:е|а|у|ом)?|"
    r"қала(?:да|ға|ның|ны|дағы|сы|сында|сының|сына|сындағы)?)(?!\w)",
    re.IGNORECASE,
)
CITY_CODES = frozenset({"KZ-71", "KZ-75", "KZ-79"})
ORGANISATION_WINDOW = 300  # characters between an organisation mention's end and the figure
KK_LETTERS = re.compile(r"[әғқңөұүһі]", re.IGNORECASE)
# izafet: "басқармасы басшысы", "басқармасының басшысы"
KK_POSSESSIVE = re.compile(rf"(?:{kazakh.POSSESSIVE_AFTER_STEM})$")
ROLE_WINDOW = 250  # a role is looked for this close to the person's span first


def main_region(mentions: list[RegionMention]) -> str | None:
    local = Counter(r.region_code for r in mentions if r.region_code != "KZ")
    if local:
        best = max(local.values())
        return next(r.region_code for r in mentions if r.region_code != "KZ" and local[r.region_code] == best)
    return "KZ" if mentions else None


def region_for(pos: int, text: str, zones, mentions: list[RegionMention], default: str | None) -> str | None:
    zone = zone_at(zones, pos)
    if zone is None:
        return default
    s, e = sentence_bounds(text, pos, *zone)
    inside = [r for r in mentions if s <= r.start < e]
    nearest = min(inside, key=lambda r: abs(r.start - pos)) if inside else None
    city = _city_word_near(text, s, e, pos)
    if (
        city is not None
        and default in CITY_CODES
        and (nearest is None or nearest.region_code == "KZ" or abs(city - pos) < abs(nearest.start - pos))
    ):
        return default  # "в мегаполисе", "қалада" in an article about one city: that city
    return nearest.region_code if nearest else default


def _city_word_near(text: str, s: int, e: int, pos: int) -> int | None:
    """Start of the generic city word ("мегаполис", "город", "қала") nearest to pos in [s, e)."""
    starts = [m.start() for m in CITY_WORDS.finditer(text, s, e)]
    return min(starts, key=lambda x: abs(x - pos)) if starts else None


def organisation_for(pos: int, organisations: Sequence[Organisation]) -> int | None:
    """Index (in `organisations`) of the mention a fact starting at pos belongs to: the nearest one
    ending before pos, within ORGANISATION_WINDOW characters; None if there is none."""
    best, best_rank = None, None
    for i, org in enumerate(organisations):
        gap = pos - org.end
        if 0 <= gap <= ORGANISATION_WINDOW:
            rank = (gap, org.start)  # nearest; on a tie, the longer mention
            if best_rank is None or rank < best_rank:
                best, best_rank = i, rank
    return best


def role_span(text: str, role: str | None, start: int, end: int) -> tuple[int, int] | None:
    """Where the role (as the person finder wrote it, whitespace folded) stands in the text: the
    occurrence nearest to the person's span [start, end)."""
    words = (role or "").split()
    if not words:
        return None
    pattern = re.compile(r"\s*".join(re.escape(w) for w in words))
    near = list(pattern.finditer(text, max(0, start - ROLE_WINDOW), min(len(text), end + ROLE_WINDOW)))
    spans = [(m.start(), m.end()) for m in near or pattern.finditer(text)]
    return min(spans, key=lambda s: max(s[0] - end, start - s[1], 0), default=None)


def organisation_of_person(text: str, person: Person, organisations: Sequence[Organisation], lang: str) -> int | None:
    """Index of the organisation the person's role names, or None (no role, or a role naming no body)."""
    role = role_span(text, person.role, person.start, person.end)
    return person_organisation(text, role, organisations, is_kazakh_role(person.role, lang))


def person_organisation(
    text: str, role: tuple[int, int] | None, organisations: Sequence[Organisation], kazakh: bool
) -> int | None:
    """Index of the organisation the role at `role` names, or None (a role naming no body)."""
    if role is None:
        return None
    rs, re_ = role
    inside = [i for i, o in enumerate(organisations) if o.start < re_ and o.end > rs]
    if not inside:
        inside = [i for i, o in enumerate(organisations) if _chained(text, role, o, kazakh)]
    if not inside:
        return None
    if kazakh:  # the chain ends in the position word: the body is the last one before it
        return max(inside, key=lambda i: (organisations[i].end, -organisations[i].start, -i))
    return min(inside, key=lambda i: (organisations[i].start, -organisations[i].end, i))


def _chained(text: str, role: tuple[int, int], org: Organisation, kazakh: bool) -> bool:
    """Whether the organisation continues the role's noun chain with only spaces between them:
    Russian ``директор`` + ``центра «Шанс»`` (a genitive or quoted complement after the role),
    Kazakh ``… басқармасының`` / ``… басқармасы`` + ``басшысы`` (genitive or izafet before it)."""
    rs, re_ = role
    if kazakh:
        if org.end > rs or text[org.end : rs].strip():
            return False
        last = org.surface.split()[-1].lower().strip("«»") if org.surface.split() else ""
        first_role_word = text[rs:re_].split()[0].lower()
        return bool(KK_GENITIVE.search(last) or KK_POSSESSIVE.search(first_role_word))
    if org.start < re_ or text[re_ : org.start].strip():
        return False
    first = org.surface.split()[0] if org.surface.split() else ""
    return first.startswith("«") or any("gent" in p.tag or "gen2" in p.tag for p in parses(first.lower()))


def is_kazakh_role(role: str | None, lang: str) -> bool:
    return lang == "kk" or (lang == "mixed" and bool(KK_LETTERS.search(role or "")))
