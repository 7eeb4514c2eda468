"""A person's role: the position phrase in apposition before or after the name, as written.

Kazakh: an izafet/genitive chain ending in a position word in the nominative
(``облыс әкімінің орынбасары``, ``Қоғамдық даму басқармасының басшысы``, ``«Нұр Отан»
партиясы төрағасының бірінші орынбасары``), read back from the name, or forward after a comma
or dash. The chain stops at clause punctuation and at words that cannot be inside a noun
phrase (locatives, participles, verbs, adverbs).

Russian: a position head noun (``аким``, ``заместитель``, ``председатель`` ...) with its
genitive, ``по``/``при`` and quoted complements, parsed by the organisation grammar's pieces
(``заместитель министра культуры и информации``), before the name in the same clause or
after it behind a comma or dash.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import kazakh
from .gazetteer import is_place_word
from .lexicon import KK_POSITION_STEMS, is_ru_role_word
from .organisations import KK_ADMINISTRATIVE, KK_CHAIN_BREAK, KK_FUNCTION_WORDS, KK_GENITIVE

KK_LETTERS = re.compile(r"[әғқңөұүһі]", re.IGNORECASE)
_STEMS = "|".join(re.escape(s) for s in sorted(KK_POSITION_STEMS, key=len, reverse=True))
# stem + possessive (әкімі, басшысы) + "our" (Елбасымыз) + genitive (әкімінің) when inside a chain
KK_POSITION = re.compile(
    rf"^(?:{_STEMS})(?P<poss>{kazakh.alternation(kazakh.POSSESSIVE_ENDINGS)})?"
    rf"(?:{kazakh.alternation(kazakh.FIRST_PLURAL_POSSESSIVE)})?(?P<gen>{kazakh.alternation(kazakh.GENITIVE)})?$"
)
KK_TOKEN = re.compile(r"«[^»\n]{1,60}»|[^\s«»,]+|,")
CLAUSE_BREAK = re.compile(r"[.!?;:()\"“”\n]|\s[—–-]\s")
MAX_WORDS = 10


def _kk_position(word: str) -> re.Match | None:
    return KK_POSITION.match(word.lower().strip("«»"))


def is_kk_position(word: str) -> bool:
    """A Kazakh position word (әкім, басшысы, Елбасы), nominative or genitive."""
    return _kk_position(word) is not None


def _kk_inside(word: str) -> bool:
    """Whether a word may be inside a Kazakh role chain (before its last word)."""
    if word.startswith("«"):
        return True
    low = word.lower()
    if low in KK_FUNCTION_WORDS or re.fullmatch(r"\d{3,4}", low):
        return False
    if KK_GENITIVE.search(low) or _kk_position(word) or KK_ADMINISTRATIVE.match(low):
        return True
    if word[:1].isupper() and is_place_word(word):
        return True  # "Қарағанды облысының": a place, not an accusative
    return not KK_CHAIN_BREAK.search(low)  # also capitalised: "Жиынды" opens a sentence


def _kk_is_role_end(word: str) -> bool:
    m = _kk_position(word)
    return bool(m) and not m.group("gen")


def _join(tokens: list[str]) -> str | None:
    while tokens and (tokens[0] == "," or tokens[0].lower() in KK_FUNCTION_WORDS):
        tokens = tokens[1:]
    text = " ".join(tokens).replace(" ,", ",")
    return text or None


def kk_role_before(window: str) -> str | None:
    """The role chain ending right before the name (the end of window), or None."""
    clause = CLAUSE_BREAK.split(re.sub(r"\s[—–-]\s*$", " ", window))[-1]
    tokens = KK_TOKEN.findall(clause)
    if not tokens or not _kk_is_role_end(tokens[-1]):
        return None
    i = len(tokens) - 1
    while i > 0 and len(tokens) - i < MAX_WORDS:
        prev = tokens[i - 1]
        if prev == ",":
            # "цифрлық даму, инновациялар және ... министрі": a listed complement
            if not any(t.lower() == "және" for t in tokens[i:]) or i < 2 or not _kk_inside(tokens[i - 2]):
                break
        elif prev.lower() == "және":
            if i < 2 or not _kk_inside(tokens[i - 2]):
                break  # "Білім және ғылым министрі": a coordinated complement
        elif not _kk_inside(prev):
            break
        i -= 1
    return _join(tokens[i:])


# "X облыс әкімі болып тағайындалды", "X облыс әкімі қызметінен босатылды": the post X takes or leaves
KK_POST_WORDS = re.compile(r"^(?:болып|ретінде|қызмет(?:іне|інен|інде)|лауазым(?:ына|ынан|ында))$")


def kk_role_after(following: str) -> str | None:
    """The role chain right after a name behind a comma or dash ("…, облыс әкімі,"), or, with
    no comma, a post the person is appointed to or relieved of ("… әкімі болып тағайындалды")."""
    m = re.match(r"\s*(?:,|[—–-]|\()\s*([^.!?;:()\n]{2,160})", following)
    if not m:
        m = re.match(r"\s+([^.!?;:(),\n]{2,160})", following)
        tokens = KK_TOKEN.findall(m.group(1)) if m else []
        end = next((i for i, t in enumerate(tokens[: MAX_WORDS + 1]) if KK_POST_WORDS.match(t.lower())), None)
        if not end or not _kk_is_role_end(tokens[end - 1]) or not all(_kk_inside(t) for t in tokens[: end - 1]):
            return None
        return _join(tokens[:end])
    tokens = KK_TOKEN.findall(m.group(1))
    end = None
    for i, token in enumerate(tokens[:MAX_WORDS]):
        if token == ",":
            if not any(t.lower() == "және" for t in tokens[i : i + 6]):
                break
            continue
        if token.lower() == "және" and i > 0:
            continue
        if _kk_is_role_end(token):
            end = i
            if i + 1 >= len(tokens) or not _kk_inside(tokens[i + 1]) or tokens[i + 1] == ",":
                break
        elif not _kk_inside(token):
            break
    return _join(tokens[: end + 1]) if end is not None else None


def _plural(word: str) -> bool:
    from .morphology import parses

    nouns = [p for p in parses(word.lower()) if p.tag.POS == "NOUN"]
    return bool(nouns) and all(p.tag.number == "plur" for p in nouns)


def ru_role_before(window: str) -> str | None:
    """The position phrase that ends right before the name, beginning at one of the clause's last
    ten words ("первый заместитель акима области"); the grammar must read it up to the name, so
    "председатель совета Иван Петров и директор школы" gives the second name "директор школы".
    "секретарь совета, директор центра Иван Петров": coordinated roles are joined."""
    window = re.sub(r"\s[—–-]\s*$", " ", window)
    pieces = re.split(r"[.!?;:()\n]|,\s|\s[—–-]\s", window)
    role = _ru_phrase_to_end(pieces[-1])
    if role and len(pieces) >= 2 and re.search(r",\s*$", window[: len(window) - len(pieces[-1])]):
        prev = _ru_phrase_to_end(pieces[-2])
        if prev:
            return prev + ", " + role
    return role


def _ru_phrase_to_end(clause: str) -> str | None:
    words = clause.split()[-MAX_WORDS:]
    starts = [k for k, w in enumerate(words) if is_ru_role_word(w)]
    for k in starts:
        piece = " ".join(words[k:])
        if ru_role_phrase(piece) == piece:
            return piece
    return None


def ru_role_after(following: str) -> str | None:
    """The position phrase behind a comma or dash after the name, as far as the grammar reads it
    ("…, заместитель министра культуры и информации, сообщил" -> up to "информации")."""
    m = re.match(r"\s*(?:,|[—–-])\s+([^,.;:\n()]{3,160})", following)
    if not m or not is_ru_role_word(m.group(1).split()[0]) or _plural(m.group(1).split()[0]):
        return None  # "…, члены совета, представители акимата": a list of others, not apposition
    return ru_role_phrase(m.group(1)) or m.group(1).split()[0]


@lru_cache(maxsize=20_000)
def ru_role_phrase(piece: str) -> str | None:
    """The longest role phrase at the start of piece by the role grammar (head + complements)."""
    from .ru_organisations import role_parser

    best = None
    for match in role_parser().findall(piece):
        if match.span.start == 0 and (best is None or match.span.stop > best):
            best = match.span.stop
    return piece[:best].strip() if best else None


def role_before(text: str, start: int, floor: int, lang: str) -> str | None:
    window = text[max(floor, start - 200) : start]
    if lang == "kk" or (lang == "mixed" and KK_LETTERS.search(window[-60:])):
        return kk_role_before(window)
    return ru_role_before(window)


def role_after(text: str, end: int, ceil: int, lang: str) -> str | None:
    following = text[end : min(ceil, end + 200)]
    if lang == "kk" or (lang == "mixed" and KK_LETTERS.search(following[:60])):
        return kk_role_after(following)
    return ru_role_after(following)
