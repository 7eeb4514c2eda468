"""Persons with roles: natasha PER spans (Russian), the KazNERD tagger and name forms (Kazakh),
name-pair rules; a person named by one word only is reported too."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import is_place_word
from .kazakh import POSSESSIVE_FORM, nominative_name, person_names, split_case
from .lexicon import KK_MONTH_STEMS, MONTHS, is_ru_role_word
from .morphology import is_common_word, is_forename, is_known_word, is_patronymic, is_plural_name, parses
from .nlp import NerSpan, person_normal
from .organisations import KK_FUNCTION_WORDS
from .page import zone_at
from .roles import is_kk_position, role_after, role_before
from .sentences import is_capitalised_by_position

UP = "А-ЯЁӘҒҚҢӨҰҮҺІ"
KK_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
LOW = "а-яёәғқңөұүһі"
NAME = rf"[{UP}][{LOW}]+(?:-[{UP}][{LOW}]+)?"
PATRONYMIC = re.compile(
    rf"^[{UP}][{LOW}]+(?:ович|евич|ьич|овна|евна|ична|инична|улы|ұлы|кызы|қызы)(?:а|у|ем|ом|ой|е)?$"
)
# "Forename Patronymic" without a surname (Russian only: Kazakh "-ұлы", "-қызы" are surnames too)
RU_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|овна|евна|ична|инична)(?:а|у|ем|ом|ой|е)?$")
# in Kazakh text "-ын", "-ин" end common words too (жиын, жолдауын): a surname ends in a Russian suffix
KK_SURNAME_END = re.compile(r"(?:ов|ев|ёв|ова|ева|ёва|ина|ұлы|улы|қызы|кызы|енко|ский|ская)$")
SURNAME_END = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая|ұлы|улы|қызы|кызы|енко|ук|юк)$")
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


def _attested(text: str):
    """Whether a stem stands in the text on its own or with a case ending a name takes."""

    def check(stem: str) -> bool:
        for m in re.finditer(rf"(?<![\w-]){re.escape(stem)}(\w*)", text):
            rest = m.group(1)
            if not rest or split_case(stem + rest)[0] == stem:
                return True
        return False

    return check


Candidate = tuple[int, int, list[str]]
EPONYM_AFTER = re.compile(r"\s+атында(?:ғы|)\b")
EPONYM_BEFORE = re.compile(r"\b(?:имени|им\.)\s+$")
INITIAL = re.compile(rf"^[{UP}A-Z]\.$")
GLUED_INITIALS = re.compile(rf"^(?:[{UP}A-Z]\.)+(?=[{UP}A-Z])")
WORD = re.compile(r"[^\W\d_][\w-]*\.?")
CLAUSE_MARK = re.compile(r"[(),;:\n«»\"“”]")


def _natasha_candidates(span: NerSpan) -> list[Candidate]:
    """A natasha name cut at a bracket or comma (``Джордж Эрмин (George``: two writings, not one
    name), without initials (``О. Иванов`` is a surname mention) and without a title or common
    word read as a forename (``Брат``, ``Если``); an oblique surname run into the next person's
    name in the nominative (``Петрову Остап``) is two mentions."""
    cut = CLAUSE_MARK.search(span.text)
    surface = span.text[: cut.start()].rstrip() if cut else span.text
    words = [(m.start(), GLUED_INITIALS.sub("", m.group(0))) for m in re.finditer(r"\S+", surface)]
    words = [(i, w) for i, w in words if w and not INITIAL.match(w) and not w.endswith(".")]
    begin = 0  # the surface keeps the initials ("М.В. Маргелов"), not a leading common word
    if len(words) >= 2 and _common(words[0][1]):
        words, begin = words[1:], words[1][0]
    if not words:
        return []
    if len(words) == 2 and _two_people(words[0][1], words[1][1]):
        return [(span.start + i, span.start + i + len(w), person_normal([w])) for i, w in words]
    if cut is None and len(words) == len(span.text.split()):
        return [(span.start, span.end, span.normal.split())]
    return [(span.start + begin, span.start + len(surface), person_normal([w for _, w in words]))]


def _two_people(first: str, second: str) -> bool:
    """A surname in an oblique case next to a word in the nominative cannot be one name (the
    words of a Russian name agree in case)."""
    a, b = parses(first), parses(second)
    surname_only = any("Surn" in p.tag for p in a) and not any("Name" in p.tag for p in a)
    return surname_only and all(p.tag.case != "nomn" for p in a) and any(p.tag.case == "nomn" for p in b)


def _kk_candidates(span: NerSpan, attested) -> list[Candidate]:
    """A Kazakh tagger span split where a name must end: after a word with a case ending (case
    goes on the last word of a noun phrase), before a place, a body or a word in lower case,
    and between two full names run together ("Forename Surname Forename Surname")."""
    groups: list[list[re.Match]] = [[]]
    for m in WORD.finditer(span.text):
        word = m.group(0)
        if not word[0].isupper() and "-" not in word or is_place_word(word) or ORG_WORDS.match(word):
            groups.append([])
            continue
        if word in NOT_FORENAME or word.endswith(".") or is_kk_position(word):
            groups.append([])
            continue
        if _name_complete(groups[-1], attested):
            groups.append([])  # "Нұрсұлтан Назарбаев | Мажарстан..."
        groups[-1].append(m)
        if nominative_name(word, attested) != word:
            groups.append([])
    out = []
    for group in groups:
        if len(group) == 4:
            group, rest = group[:2], group[2:]
            out.append(_kk_candidate(span, rest, attested))
        if group:
            out.append(_kk_candidate(span, group, attested))
    return out


def _name_complete(group: list[re.Match], attested) -> bool:
    """Forename and surname are there ("Forename Patronymic" still waits for the surname)."""
    if len(group) < 2 or (len(group) == 2 and PATRONYMIC.match(group[1].group(0))):
        return False
    return bool(SURNAME_END.search(nominative_name(group[-1].group(0), attested)))


def _kk_candidate(span: NerSpan, group: list[re.Match], attested) -> Candidate:
    words = [m.group(0) for m in group]
    return (
        span.start + group[0].start(),
        span.start + group[-1].end(),
        words[:-1] + [nominative_name(words[-1], attested)],
    )


def _candidates(text: str, zones, lang: str, ner: list[NerSpan]) -> list[Candidate]:
    attested = _attested(text)
    candidates: list[Candidate] = []
    for span in ner:
        if span.type == "PER":
            found = _natasha_candidates(span) if span.source == "natasha" else _kk_candidates(span, attested)
            candidates += [c for c in found if c[2]]
    for zs, ze in zones:
        # every capitalised word may start a name ("Нур-Султана Алтай Кульгинов": try "Алтай" too)
        for cap in re.finditer(rf"(?<![\w-])[{UP}]", text[zs:ze]):
            m = NAME_PAIR.match(text, zs + cap.start(), ze)
            if m is None or not _pair_ok(m):
                continue
            last = m.group("last") if lang == "ru" else nominative_name(m.group("last"), attested)
            role_near = role_before(text, m.start(), zs, lang) or role_after(text, m.end(), ze, lang)
            if not (SURNAME_END.search(last) or role_near):
                continue
            overlap = [c for c in candidates if c[0] < m.end() and m.start() < c[1]]
            if any(lang == "ru" or len(c[2]) > 1 or c[0] < m.start() or c[1] > m.end() for c in overlap):
                continue  # the NER's own name wins; in Kazakh, a lone tagged word inside the pair does not
            candidates = [c for c in candidates if c not in overlap]
            candidates.append((m.start(), m.end(), [m.group("first"), last]))
    if lang != "ru":
        candidates += _kk_lone_names(text, zones, candidates, attested)
    return candidates


KK_WORD = re.compile(rf"(?<![\w-])[{UP}][{LOW}]+(?:-[{UP}][{LOW}]+)?(?![\w-])")


def _kk_lone_names(text: str, zones, found: list[Candidate], attested) -> list[Candidate]:
    """Capitalised words of a Kazakh text the tagger left out that are names by their form: a
    surname (``Сахов``, ``Құдайбергеновке``), a name KazNERD tags as a person (``Шынар``), or a
    forename the dictionary knows (``Руслан``). Not at the start of a sentence unless a surname."""
    names = person_names()
    out: list[Candidate] = []
    for zs, ze in zones:
        for m in KK_WORD.finditer(text, zs, ze):
            if any(s <= m.start() < e for s, e, _ in found):
                continue
            word = nominative_name(m.group(0), attested)
            surname = bool(KK_SURNAME_END.search(word)) and not is_place_word(word)
            if not surname and (is_capitalised_by_position(text, m.start()) or m.start() == zs):
                continue
            if surname or word in names or _known_forename(word):
                out.append((m.start(), m.end(), [word]))
    return out


def _pair_ok(m: re.Match) -> bool:
    """Two capitalised words that may be "Forename [Patronymic] Surname"."""
    first, last, pat = m.group("first"), m.group("last"), m.group("pat")
    if first in NOT_FORENAME or last in NOT_FORENAME:
        return False
    if ADJECTIVE_END.search(first) or ORG_WORDS.match(first) or ORG_WORDS.match(last):
        return False
    if first.lower() in KK_FUNCTION_WORDS or is_place_word(last):
        return False  # "Ол Курчатовта": a pronoun and a town
    return not pat or bool(PATRONYMIC.match(pat))  # else three words that are not a full name


def _same_surname(a: str, b: str, feminine_ok: bool = False) -> bool:
    """Equal surnames, or one inflected from the other (a feminine "-а" only when the forename
    already says it is the same person)."""
    a, b = a.lower().replace("ё", "е"), b.lower().replace("ё", "е")
    short, long_ = sorted((a, b), key=len)
    if len(a) == len(b) >= 5 and a[:-1] == b[:-1] and a[-1] in "аеиоуыэюя" and b[-1] in "аеиоуыэюя":
        return True  # "Дерипаске" / "Дерипаска": two case forms of one surname
    return a == b or (
        len(short) >= 4
        and long_.startswith(short)
        and len(long_) - len(short) <= 3
        and (feminine_ok or not long_[len(short) :].startswith(("а", "ая")))
    )


def _same_person(tokens: list[str], person: Person) -> bool:
    first, last = person.name.split()[0], person.name.split()[-1]
    return tokens[0][:3].lower() == first[:3].lower() and _same_surname(tokens[-1], last, feminine_ok=True)


def _zone_of(zones, start: int, text: str) -> tuple[int, int]:
    return zone_at(zones, start) or (0, len(text))


def _quoted_whole(text: str, start: int, end: int) -> bool:
    """The name is all there is between a pair of quotes."""
    return start > 0 and end < len(text) and text[start - 1] in '«"“„' and text[end] in '»"”“'


def find_persons(text: str, zones: list[tuple[int, int]], lang: str, ner: list[NerSpan]) -> list[Person]:
    """One person per name. A full name ("Forename Surname") is the person; a one-word mention
    (a surname, a forename or a mononym) is the person named in full with it (before or after:
    it may give that person the role it stands next to), else a person of its own under that
    word in the nominative, when the NER reads it as a name and it is not a place, a month, a
    role or a common word."""
    persons: dict[str, Person] = {}
    singles = []
    candidates = sorted(_candidates(text, zones, lang, ner))
    spans = [(s, e) for s, e, tokens in candidates if len(tokens) > 1]  # full names bound a role
    for start, end, tokens in candidates:
        if EPONYM_AFTER.match(text, end) or EPONYM_BEFORE.search(text, max(0, start - 8), start):
            continue  # "Х.Досмұхамедов атындағы университет", "школа имени Абая": a body's name
        if _quoted_whole(text, start, end):
            continue  # «Volunteer Fest», «Абай жолы»: the title of an event, a work or a project
        tokens = _drop_patronymic(tokens)
        if len(tokens) == 2 and RU_PATRONYMIC.search(tokens[1]) and is_patronymic(tokens[1]):
            singles.append((start, end, tokens[0], False))  # "Forename Patronymic": a link only
            continue
        if len(tokens) == 1:
            if _single_name_ok(text, start, end, tokens[0], lang):
                singles.append((start, end, tokens[0], True))
            continue
        role = _role(text, start, end, _zone_of(zones, start, text), lang, spans)
        key = next((k for k, p in persons.items() if _same_person(tokens, p)), f"{tokens[0]} {tokens[-1]}".lower())
        if key in persons:
            if persons[key].role is None and role:
                persons[key] = Person(persons[key].name, role, persons[key].start, persons[key].end)
            continue
        persons[key] = Person(f"{tokens[0]} {tokens[-1]}", role, start, end)
    full = list(persons)
    for start, end, word, alone in singles:
        zone = _zone_of(zones, start, text)
        key = _single_key(word, persons, full)
        if key is None:
            if not alone:
                continue
            key = word.lower()
            persons[key] = Person(word, None, start, end)
        if persons[key].role is None:
            role = _role(text, start, end, zone, lang, spans)
            if role:
                persons[key] = Person(persons[key].name, role, persons[key].start, persons[key].end)
    return sorted(persons.values(), key=lambda p: p.start)


def _role(text: str, start: int, end: int, zone: tuple[int, int], lang: str, spans) -> str | None:
    """The role next to a name, read no further than the next name on either side (the chain
    before "Зейнеп Айдарова" in "Айгүлдің анасы Зейнеп Айдарова Президент ..." is not hers)."""
    floor = max([zone[0]] + [e for s, e in spans if e <= start])
    ceil = min([zone[1]] + [s for s, e in spans if s >= end])
    return role_before(text, start, floor, lang) or role_after(text, end, ceil, lang)


def _single_key(word: str, persons: dict[str, Person], full: list[str]) -> str | None:
    """The person a one-word mention names: a full name's surname (or forename), else an
    earlier one-word person with the same word."""
    for key in full:
        name = persons[key].name.split()
        if _same_surname(word, name[-1], feminine_ok=True) or _same_forename(word, name[0]):
            return key
    return next((k for k, p in persons.items() if k not in full and _same_surname(word, p.name)), None)


def _same_forename(word: str, forename: str) -> bool:
    return _same_surname(word, forename, feminine_ok=True)


# a place's name goes before its unit: "Нұра ауданы", "Нұра, Осакаров және Абай аудандары"
PLACE_UNIT_NEXT = re.compile(
    rf"(?:(?:\s*,\s*|\s+(?:және|мен|и)\s+)[{UP}][\w-]*){{0,4}}"
    r"\s+(?i:аудан|облыс|қала|ауыл|өзен|көл|көше|даңғыл|район|област|город|сел[оа]|улиц|проспект)"
)
# a possessive ending (Республикасы, Жолдауын): a common noun, not a lone name
KK_POSSESSIVE_END = re.compile(rf"(?:{POSSESSIVE_FORM})$")


def _name_by_form(word: str) -> bool:
    """A surname by its ending, a name KazNERD tags as a person, or a forename the dictionary knows."""
    return bool(KK_SURNAME_END.search(word)) or word in person_names() or _known_forename(word)


def _known_forename(word: str) -> bool:
    """A forename of the dictionary (not a guess for an unknown word such as ``Республикасы``)."""
    return not KK_LETTERS.search(word) and is_known_word(word) and is_forename(word)


def _single_name_ok(text: str, start: int, end: int, word: str, lang: str) -> bool:
    """A one-word name the NER found: not a role, a month, a place, an organisation's head word
    or a common word (one written in lower case elsewhere in the text, or a dictionary word with
    no name reading). In Kazakh, where the dictionary cannot tell, a word opening a sentence or
    with a possessive ending is a name only by its form (``_name_by_form``)."""
    low = word.lower()
    if PLACE_UNIT_NEXT.match(text, end):
        return False
    kk_doubtful = is_capitalised_by_position(text, start) or KK_POSSESSIVE_END.search(low)
    if lang != "ru" and kk_doubtful and not _name_by_form(word):
        return False
    if len(word) < 2 or not word[0].isupper() or word in NOT_FORENAME or ORG_WORDS.match(word):
        return False
    if word.isupper():
        return False  # an abbreviation ("ҮЕҰ", "ҚХА", "ООН"), never a one-word name
    if is_ru_role_word(word) or is_kk_position(word) or low in MONTHS or low.startswith(KK_MONTH_STEMS):
        return False
    if is_place_word(word) or is_place_word(text[start:end].split()[-1]):
        return False
    if re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text) or _plural(word):
        return False  # "Бірлік", "Надежда" written as common words elsewhere; "Ивановых"
    if any(c.isdigit() for c in word) or any(part[:1].islower() for part in word.split("-")[1:]):
        return False  # "Ми-6", "Мураками-бум": not a name
    return not _common(word)


def _plural(word: str) -> bool:
    """A family in the plural (``Ивановых``); ``Мухаметов`` is a surname, not a plural forename."""
    return not SURNAME_END.search(word) and is_plural_name(word)


def _common(word: str) -> bool:
    """A dictionary word with no name reading and no surname shape (``Брат``, ``Если``; not
    ``Токаев``, which the dictionary knows only as a plural of another word)."""
    return not SURNAME_END.search(word) and is_common_word(word)
