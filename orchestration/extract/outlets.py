"""The outlet a page names itself by: footer ©, attribution in the lead, dateline, byline line.

A name counts as an outlet when it looks like one: a web domain (``tengrinews.kz``), a name in
quotes (``«МИР 24»``), a Latin-script or upper-case name, or a name from ``data/outlets.txt``.
Press services and other bodies named in an attribution ("пресс-служба акимата") are not outlets.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_NAME = r"(?:«[^»\n]{2,40}»|\"[^\"\n]{2,40}\"|[\w][\w.\-]*(?:\s+\d{1,3}|\s+[\w][\w.\-]*){0,2})"
COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–—]\s*\d{4})?\s*)?(?P<name>«[^»]{2,40}»|\"[^\"]{2,40}\"|"
    r"[\w\-]+\.(?:kz|ru|com|org|net|media|tv|info)\b|[^\W\d_][\w .\-]{1,38}?)\s*(?:[,.:;]|\d{4}|$)",
    re.IGNORECASE | re.MULTILINE,
)
# "…, сообщает Zakon.kz", "передаёт корреспондент «МИР 24»", "деп хабарлайды BAQ.KZ" (Latin script:
# "dep habarlaıdy"), "Kazinform tilshisi".
ATTRIBUTION = (
    re.compile(
        rf"\b(?:сообщает|сообщают|передает|передаёт|пишет|информирует|рассказывает)\s+"
        rf"(?:корреспондент\s+|сайт\s+|портал\s+|агентство\s+)?(?P<name>{_NAME})",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:деп|dep)\s+(?:хабарлайды|жазады|habarla[ıi]dy|xabarla[ıiy]d[ıy]|jazady)\s+(?P<name>{_NAME})",
        re.IGNORECASE,
    ),
    re.compile(rf"\b(?:корреспондент|тілші)\s+(?P<name>{_NAME})", re.IGNORECASE),
    re.compile(r"(?P<name>[\w][\w.\-]*)\s+(?:тілшісі|tilshisi|tılşısı)\b", re.IGNORECASE),
)
# "АҚТӨБЕ. KAZINFORM – …" / "АСТАНА, 5 марта. KAZINFORM —": city dateline then the agency.
DATELINE = re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\- ,.]{1,40}?\.\s+(?P<name>[A-ZА-ЯЁ][A-ZА-ЯЁ0-9.\- ]{2,30}?)\s+[–—-]\s")
DOMAIN = re.compile(r"^[\w\-]+(?:\.[\w\-]+)*\.(?:kz|ru|com|org|net|media|tv|info|қаз)$", re.IGNORECASE)
NOT_OUTLETS = re.compile(
    r"пресс-служб|пресс-центр|баспасөз|ақпарат қызмет|со ссылкой|министерств|акимат|әкімдіг|"
    r"управлени|басқарма|департамент|\bРК\b|^(?:в|на|о|об|что|со|с|и|по)\b",
    re.IGNORECASE,
)
# A camel-case Latin brand alone on a line ("eQogam", "QogamNews"): an outlet signing the article.
LATIN_NAME = re.compile(r"^(?:[a-z]+[A-Z]|[A-Z][a-z]+[A-Z])[A-Za-z0-9]+$")
TRAILING_WORDS = re.compile(r"\s+(?:со|с|и|в|на|по|со\s+ссылкой.*|сілтеме.*|жасап.*)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def known_outlets() -> dict[str, str]:
    """Outlet names from data/outlets.txt, keyed by their case-folded form."""
    text = resources.files(__package__).joinpath("data/outlets.txt").read_text(encoding="utf-8")
    names = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return {n.casefold(): n for n in names}


def _looks_like_outlet(name: str, quoted: bool) -> bool:
    if not name or name.isdigit() or NOT_OUTLETS.search(name):
        return False
    if quoted or DOMAIN.match(name) or name.casefold() in known_outlets():
        return True
    letters = [ch for ch in name if ch.isalpha()]
    latin = sum("a" <= ch.lower() <= "z" for ch in letters)
    return bool(letters) and (latin == len(letters) or name.isupper())


def clean_name(raw: str) -> str | None:
    """An attribution's name as the outlet, or None when it is not one."""
    name = TRAILING_WORDS.sub("", raw.strip()).strip(" .,;:–—-")
    quoted = name[:1] in '«"' and name[-1:] in '»"'
    name = name.strip('«»"').strip()
    if quoted and not NOT_OUTLETS.search(name):
        return name
    first = name.split()[0] if name else ""
    if DOMAIN.match(first.rstrip(".")):
        return first.rstrip(".")
    return name if _looks_like_outlet(name, quoted=False) else None


def from_copyright(text: str) -> str | None:
    for m in COPYRIGHT.finditer(text):
        name = clean_name(m.group("name"))
        if name:
            return name
    return None


def from_attribution(text: str) -> str | None:
    """The outlet credited in a lead paragraph or dateline ("сообщает X", "X тілшісі")."""
    m = DATELINE.match(text)
    if m and clean_name(m.group("name")):
        return clean_name(m.group("name"))
    first = text.split(maxsplit=1)[0].rstrip(".,") if text.strip() else ""
    if DOMAIN.match(first) and text.strip().startswith(first + "."):
        return first  # "Outlet.kz. Текст новости…": the outlet opening its own lead
    found = [(m.start(), m.group("name")) for p in ATTRIBUTION for m in p.finditer(text)]
    for _, raw in sorted(found):
        name = clean_name(raw)
        if name:
            return name
    return None


def signature_line(text: str) -> str | None:
    """A line that is nothing but an outlet's name (a byline or footer signature)."""
    stripped = text.strip()
    if stripped.casefold() in known_outlets() or (DOMAIN.match(stripped) and len(stripped) <= 40):
        return stripped
    if LATIN_NAME.match(stripped):
        return stripped  # a lone Latin-script brand under the headline ("eQogam")
    return None
