"""Persons with roles: natasha PER spans (Russian) plus name-pair rules (Russian and Kazakh)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .morphology import is_surname_like
from .nlp import NerSpan
from .roles import role_after, role_before

UP = "А-ЯЁӘҒҚҢӨҰҮҺІ"
LOW = "а-яёәғқңөұүһі"
NAME = rf"[{UP}][{LOW}]+(?:-[{UP}][{LOW}]+)?"
PATRONYMIC = re.compile(
    rf"^[{UP}][{LOW}]+(?:ович|евич|ьич|овна|евна|ична|инична|улы|ұлы|кызы|қызы)(?:а|у|ем|ом|ой|е)?$"
)
# "Forename Patronymic" without a surname (Russian only: Kazakh "-ұлы", "-қызы" are surnames too)
RU_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|овна|евна|ична|инична)(?:а|у|ем|ом|ой|е)?$")
SURNAME_END = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая|ұлы|улы|қызы|кызы|енко|ук|юк)$")
# Kazakh case suffixes on a surname (Бабақұмаровтың, Жұмановқа). Russian endings are left to
# natasha's normaliser: "-ова" is a feminine nominative as often as a masculine genitive.
SURNAME_INFLECTED = re.compile(
    rf"^(?P<stem>[{UP}][{LOW}]+(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына))(?:тың|тің|қа|ке|ты|ті|пен|мен|нан|нен|да|де|ға|ге|ның|нің|ды|ді)$"
)
NAME_PAIR = re.compile(rf"(?<![\w-])(?P<first>{NAME})(?:\s+(?P<pat>{NAME}))?\s+(?P<last>{NAME})(?![\w-])")
ADJECTIVE_END = re.compile(r"(?:ого|его|ому|ему|ый|ых|ые|ое|ым|ими|ская|ской|ного|ной|ная|ные|ных)$")
ORG_WORDS = re.compile(
    r"^(?:Совет|Центр|Министерств|Комитет|Фонд|Ассамбле|Управлени|Правительств|Акимат|Агентств|Департамент)"
)
NOT_FORENAME = {
    "Республики",
    "Республика",
    "Казахстан",
    "Қазақстан",
    "Президент",
    "Аким",
    "Министр",
    "Глава",
    "Премьер",
    "Центр",
    "Совет",
    "Первый",
    "Заместитель",
    "Мемлекет",
    "Елбасы",
    "Участие",
    "Сегодня",
    "Открывая",
}


@dataclass(frozen=True)
class Person:
    name: str
    role: str | None
    start: int
    end: int


def _drop_patronymic(tokens: list[str]) -> list[str]:
    kept = [t for t in tokens if not PATRONYMIC.match(t)]
    return kept if len(kept) >= 2 else tokens


def _nominative_surname(token: str) -> str:
    m = SURNAME_INFLECTED.match(token)
    return m.group("stem") if m else token


def _candidates(text: str, zones, lang: str, ner: list[NerSpan]) -> list[tuple[int, int, list[str]]]:
    candidates: list[tuple[int, int, list[str]]] = []
    for span in ner:
        if span.type == "PER":
            tokens = span.normal.split()
            if len(tokens) >= 2 or (len(tokens) == 1 and span.source == "natasha"):
                candidates.append((span.start, span.end, tokens[:-1] + [_nominative_surname(tokens[-1])]))
    for zs, ze in zones:
        # every capitalised word may start a name ("Нур-Султана Алтай Кульгинов": try "Алтай" too)
        for cap in re.finditer(rf"(?<![\w-])[{UP}]", text[zs:ze]):
            m = NAME_PAIR.match(text, zs + cap.start(), ze)
            if m is None:
                continue
            first, last = m.group("first"), m.group("last")
            if first in NOT_FORENAME or last in NOT_FORENAME:
                continue
            if ADJECTIVE_END.search(first) or ORG_WORDS.match(first) or ORG_WORDS.match(last):
                continue
            pat = m.group("pat")
            if pat and not PATRONYMIC.match(pat):
                continue  # three capitalised words that are not Forename Patronymic Surname
            role_near = role_before(text, m.start(), zs, lang) or role_after(text, m.end(), ze, lang)
            if not (SURNAME_END.search(_nominative_surname(last)) or role_near):
                continue
            if any(s <= m.start() < e or s < m.end() <= e for s, e, _ in candidates):
                continue
            candidates.append((m.start(), m.end(), [first, _nominative_surname(last)]))
    return candidates


def _same_surname(a: str, b: str, feminine_ok: bool = False) -> bool:
    """Equal surnames, or one inflected from the other (a feminine "-а" only when the forename
    already says it is the same person)."""
    a, b = a.lower().replace("ё", "е"), b.lower().replace("ё", "е")
    short, long_ = sorted((a, b), key=len)
    return a == b or (
        len(short) >= 4
        and long_.startswith(short)
        and len(long_) - len(short) <= 3
        and (feminine_ok or not long_[len(short) :].startswith(("а", "ая")))
    )


def _same_person(tokens: list[str], person: Person) -> bool:
    first, last = person.name.split()[0], person.name.split()[-1]
    return tokens[0][:3].lower() == first[:3].lower() and _same_surname(tokens[-1], last, feminine_ok=True)


def find_persons(text: str, zones: list[tuple[int, int]], lang: str, ner: list[NerSpan]) -> list[Person]:
    """One person per full name ("Forename Surname", the contract); a lone surname is the person
    named in full with it (before or after): it may give that person the role it stands next to.
    A surname the document never gives with a forename is not reported."""
    persons: dict[str, Person] = {}
    singles = []
    for start, end, tokens in sorted(_candidates(text, zones, lang, ner)):
        tokens = _drop_patronymic(tokens)
        if len(tokens) == 1 or (len(tokens) == 2 and RU_PATRONYMIC.search(tokens[1])):
            if len(tokens) == 1 and is_surname_like(tokens[0]) and tokens[0] not in NOT_FORENAME:
                singles.append((start, end, tokens[0]))
            continue
        zone = next(((zs, ze) for zs, ze in zones if zs <= start < ze), (0, len(text)))
        role = role_before(text, start, zone[0], lang) or role_after(text, end, zone[1], lang)
        key = next((k for k, p in persons.items() if _same_person(tokens, p)), f"{tokens[0]} {tokens[-1]}".lower())
        if key in persons:
            if persons[key].role is None and role:
                persons[key] = Person(persons[key].name, role, persons[key].start, persons[key].end)
            continue
        persons[key] = Person(f"{tokens[0]} {tokens[-1]}", role, start, end)
    for start, end, surname in singles:
        key = next((k for k, p in persons.items() if _same_surname(surname, p.name.split()[-1])), None)
        if key is None or persons[key].role:
            continue
        zone = next(((zs, ze) for zs, ze in zones if zs <= start < ze), (0, len(text)))
        role = role_before(text, start, zone[0], lang) or role_after(text, end, zone[1], lang)
        if role:
            persons[key] = Person(persons[key].name, role, persons[key].start, persons[key].end)
    return sorted(persons.values(), key=lambda p: p.start)
