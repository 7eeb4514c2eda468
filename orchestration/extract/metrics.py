"""Numeric facts: a small grammar over tokens.

    [qualifier] [от] NUMBER [-suffix] [до NUMBER] [SCALE] [UNIT] [qualifier] [NOUN PHRASE]

NUMBER is digits (``4,5``, ``47 000``, ``20 , 7``) or Russian/Kazakh number words
(``шестнадцать``, ``двумя``, ``пятеро``, ``тоғыз жүз``, ``бір жарым``, ``екі бүтін оннан бес``).
A figure is read in steps: exclusions, range, scale and unit, qualifier, then what it
counts or measures (``nouns.py``: a noun phrase by morphology, not by a word list). What is
not a metric (years, ordinals, anniversaries, durations, ages, phone numbers, numbers inside
quoted names, dates) is filtered before a figure is emitted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import kazakh
from .lexicon import (
    AGE_WORDS,
    BUDGET_WORDS,
    CHANGE_TO_WORDS,
    DURATION_WORDS,
    GROWTH_WORDS,
    KK_APPROX_SUFFIXES,
    KK_COUNTING_QUALIFIERS,
    KK_DECIMAL_POINT,
    KK_FRACTION_BASES,
    KK_HALF,
    KK_MONTH_STEMS,
    KK_NUMBER_WORDS,
    KK_ONE,
    KK_ONLY_SUFFIXES,
    KK_PARTICLES,
    METRE_WORDS,
    MONEY_NOUNS,
    MONEY_UNITS,
    MONTHS,
    MULTIPLIER_WORDS,
    ONLY_WORDS,
    PARTITIVE_BEFORE,
    QUALIFIERS_AFTER,
    QUALIFIERS_BEFORE,
    RU_BARE_SCALES,
    RU_BARE_SCALES_GENITIVE,
    RU_NUMBER_WORDS,
    RU_ONE_WORDS,
    SCALES,
    SQUARE_WORDS,
    UNITS,
)
from .nouns import (
    KK_TIME,
    NounPhrase,
    clause_start,
    counted_noun,
    government,
    is_ordinal_word,
    measured_noun,
    noun_before,
    subject_of,
)
from .sentences import sentence_bounds, sentence_start

SPACED_DECIMAL = (
    r"\d{1,3} ,[ ]?\d{1,3}(?=[ ]?(?:%|[пП]айыз|[пП]роцент|млн|млрд|трлн|мың|тыс|миллион|миллиард|триллион))"
)
TOKEN = re.compile(
    rf"(?P<num>{SPACED_DECIMAL}|\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?:[.,]\d+)?(?![\d])|\d+(?:[.,]\d+)?)"
    r"(?P<suffix>-[^\W\d_]{1,7})?"
    r"|(?P<word>[^\W\d_]+(?:-[^\W\d_]+)*\.?)"
    r"|(?P<sym>[%₸$€№])"
    r"|(?P<punct>[.,;:!?()«»\"“”„—–\n])",
)
PHONE = re.compile(r"(?:\+7|\b8)[\s\-]*\(?\d{3}\)?[\s\-]*\d{3}[\s\-]*\d{2}[\s\-]*\d{2}|\b\d{3}-\d{2}-\d{2}\b")
DATE_LIKE = re.compile(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{1,2}:\d{2}\b|\b(?:19|20)\d\d-\d\d-\d\d\b")
QUOTED = re.compile(r"«[^«»\n]{1,120}»|\"[^\"\n]{1,120}\"|“[^”\n]{1,120}”|„[^“”\n]{1,120}[“”]")
# A quotation (speech), not a name: it has sentence punctuation inside, more than eight words,
# or is introduced by a colon or followed by a dash ("«…», — дейді").
SPEECH_INSIDE = re.compile(r"[.!?…,;]\s*\S|[.!?…]$")
SPEECH_AFTER = re.compile(r"\s*[,.]?\s*[—–-]\s")
ORDINAL_SUFFIXES = {
    "го",
    "й",
    "я",
    "е",
    "ый",
    "ий",
    "ой",
    "ом",
    "ым",
    "ая",
    "ое",
    "ых",
    "их",
    "ю",
    "х",
    "м",
    "ми",
    "ші",
    "шы",
    "інші",
    "ыншы",
    "нші",
    "ншы",
    "летие",
    "летия",
    "летию",
    "жылдық",
    "жылдығы",
}
CONJUNCTIONS = {"и", "және", "мен", "бен", "пен", "или", "немесе"}
HYPHEN_BETWEEN = re.compile(r"\s*-\s*")
RANGE_JOINERS = {"пен", "мен", "бен", "до", "—", "–", "-"}


@dataclass(frozen=True)
class Metric:
    value: float
    unit: str
    subject: str
    qualifier: str
    text: str
    start: int
    end: int
    value_min: float | None = None
    noun: str | None = None


@dataclass(slots=True)
class Tok:
    kind: str
    text: str
    start: int
    end: int
    suffix: str = ""
    low: str = field(init=False)  # lower case without a trailing full stop, computed once

    def __post_init__(self):
        self.low = self.text.lower().rstrip(".")


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    out = []
    for m in TOKEN.finditer(text, start, end):
        if m.group("num") is not None:
            out.append(Tok("num", m.group("num"), m.start(), m.end(), (m.group("suffix") or "")[1:]))
        else:
            out.append(Tok(m.lastgroup, m.group(0), m.start(), m.end()))
    return out


def parse_digits(s: str) -> float:
    s = re.sub(r"[ \u00a0\u202f]", "", s)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", s):  # 1.200.000
        s = s.replace(".", "")
    return float(s.replace(",", "."))


def _scale_of(tok: Tok) -> float | None:
    low = tok.low
    for prefix, mult in SCALES:
        if low.startswith(prefix):
            return mult
    return None


def _unit_of(tok: Tok) -> str | None:
    low = tok.low
    for prefix, unit in UNITS:
        if low.startswith(prefix) and (len(prefix) > 2 or low == prefix or not low[len(prefix) :].isalpha()):
            return unit
    return None


KK_STEMS_LONGEST_FIRST = sorted(KK_NUMBER_WORDS.items(), key=lambda kv: -len(kv[0]))
KK_ORDINAL = re.compile(
    r"(?:бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырма|отыз|қырқ|елу|алпыс|жетпіс|сексен|"
    r"тоқсан|жүз|мың)(?:ы|і|сы|сі)?(?:ншы|нші)\w*"
)
# First two letters of every word that can start a number: a cheap test before reading one.
NUMBER_STARTS = frozenset(
    w[:2] for w in (*RU_NUMBER_WORDS, *RU_ONE_WORDS, *RU_BARE_SCALES, *KK_NUMBER_WORDS, KK_ONE, "мың", "үш", "он")
)
SINGLE_QUALIFIERS_BEFORE = frozenset(words for words, _ in QUALIFIERS_BEFORE if " " not in words)
QUALIFIER_AFTER_WORDS = {word for word, _ in QUALIFIERS_AFTER}
KK_SCALE_PLAIN = {"мың", "млн", "млрд", "трлн", "миллион", "миллиард", "триллион"}


def _number_word(tok: Tok, lang: str) -> float | None:
    low = tok.low
    if lang in ("ru", "mixed", "other") and low in RU_NUMBER_WORDS:
        return float(RU_NUMBER_WORDS[low])
    if lang in ("kk", "mixed"):
        for stem, value in KK_STEMS_LONGEST_FIRST:
            if low == stem or (low.startswith(stem) and len(stem) >= 3 and _kk_case(low[len(stem) :])):
                return float(value)
        similative = _kk_number_ending(tok, lang, kazakh.SIMILATIVE)
        if similative:
            return _kk_stem_value(tok, similative)
    return None


def _kk_number_ending(tok: Tok, lang: str, endings: tuple[str, ...]) -> str:
    """Which of endings follows a spelled Kazakh number's stem, or "": the similative, "about"
    ("жүздей", "отыздай"), or the possessive, "N of them" ("жетісі", "сексені", "үшеуі"). Stems of
    three letters or more but before the collective: "ондай" is "such", "оны" is "him"."""
    if lang not in ("kk", "mixed") or tok.kind != "word":
        return ""
    low = tok.low
    return next(
        (
            e
            for e in endings
            if low.endswith(e)
            and low[: -len(e)] in KK_NUMBER_WORDS
            and (len(low) - len(e) >= 3 or e in KK_COLLECTIVE_POSSESSIVE)
        ),
        "",
    )


def _kk_share_ending(tok: Tok, lang: str) -> str:
    return _kk_number_ending(tok, lang, KK_SHARE_ENDINGS)


def _kk_stem_value(tok: Tok, ending: str) -> float:
    return float(KK_NUMBER_WORDS[tok.low[: -len(ending)]])


def _number_form(tok: Tok, lang: str) -> bool:
    """A word built on a number that is not a cardinal: "бірінші", "бесі", "төрттік", "двадцатого"."""
    low = tok.low
    if tok.kind != "word":
        return False
    if lang in ("kk", "mixed") and (
        KK_ORDINAL.fullmatch(low)
        or any(low.startswith(stem) and len(stem) >= 3 and low != stem for stem, _ in KK_STEMS_LONGEST_FIRST)
    ):
        return True
    return lang != "kk" and is_ordinal_word(low)


def _kk_cased(tok: Tok, lang: str) -> bool:
    """A Kazakh number word with a case suffix ("бесте", "онға", "мыңнан")."""
    if lang not in ("kk", "mixed") or tok.kind != "word":
        return False
    if tok.low in KK_THOUSAND or _number_word(tok, lang) is None:
        return tok.low != "мың" and tok.low[:2] in ("он", "үш", "мы")
    return not any(tok.low == stem for stem, _ in KK_STEMS_LONGEST_FIRST)


KK_COLLECTIVE = ("еу", "ау")  # "бесеу", "алтау": a group of five, of six
KK_COLLECTIVE_POSSESSIVE = tuple(c + p for c, p in zip(KK_COLLECTIVE, ("і", "ы"), strict=True))  # "үшеуі"
# the third-person possessive on a number, "N of them" ("37-сі", "сексені", "үшеуі", "3-еуі")
KK_SHARE_ENDINGS = (*kazakh.POSSESSIVE_ENDINGS, *KK_COLLECTIVE_POSSESSIVE)
# a case ending on a number word ("оннан", "бесте"), or the collective numeral ("бесеу", "алтау")
_KK_CASE = re.compile(
    "(?:"
    + kazakh.alternation(
        kazakh.case_endings("gen", "dat", "acc", "ins", "loc", "abl"), kazakh.DATIVE_AFTER_PERSON, KK_COLLECTIVE
    )
    + ")"
)


def _kk_case(rest: str) -> bool:
    return bool(_KK_CASE.fullmatch(rest))


def _is_quotation(text: str, m: re.Match) -> bool:
    inner = m.group(0)[1:-1].strip()
    if SPEECH_INSIDE.search(inner) or len(inner.split()) > 8:
        return True
    before = text[max(0, m.start() - 3) : m.start()]
    return ":" in before or bool(SPEECH_AFTER.match(text, m.end()))


def _masked_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Phones, dates and quoted names; quoted speech stays readable."""
    spans = [(m.start(), m.end()) for pattern in (PHONE, DATE_LIKE) for m in pattern.finditer(text, start, end)]
    spans.extend((m.start(), m.end()) for m in QUOTED.finditer(text, start, end) if not _is_quotation(text, m))
    return spans


def _inside(spans, s, e) -> bool:
    return any(a <= s and e <= b for a, b in spans)


QUALIFIER_WORDS_BEFORE = tuple((tuple(phrase.split()), qual) for phrase, qual in QUALIFIERS_BEFORE)


def _qualifier_before(tokens: list[Tok], i: int) -> tuple[str | None, int]:
    """Qualifier phrase ending right before token i: (qualifier, index of its first token)."""
    if i == 0 or tokens[i - 1].kind != "word":
        return None, i
    for words, qual in QUALIFIER_WORDS_BEFORE:
        j = i - len(words)
        if j >= 0 and all(tokens[j + k].kind == "word" and tokens[j + k].low == w for k, w in enumerate(words)):
            return qual, j
    return None, i


def _is_duration(tok: Tok) -> bool:
    low = tok.low
    return (
        low in DURATION_WORDS
        or any(low.startswith(w) for w in ("месяц", "недел", "минут", "секунд", "летн"))
        or bool(KK_TIME.fullmatch(low))
    )


def _is_age_context(tokens: list[Tok], i: int) -> bool:
    before = " ".join(t.low for t in tokens[max(0, i - 3) : i])
    if any(w in before for w in AGE_WORDS):
        return True
    # "14 пен 35 жас аралығындағы", "18 жасқа дейінгі", "35 жастан асқан"
    for j in range(i + 1, min(len(tokens), i + 5)):
        low = tokens[j].low
        if low.startswith("жас") and low not in {"жас", "жастар"} and not low.startswith("жастар"):
            return True
        if (
            low == "жас"
            and j + 1 < len(tokens)
            and tokens[j + 1].low.startswith(("аралығ", "дейін", "асқан", "толған", "шамасын"))
        ):
            return True
    return False


def _growth_context(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - 80) : end + 40].lower()
    return any(w in window for w in GROWTH_WORDS)


def find_metrics(text: str, zones: list[tuple[int, int]], lang: str = "ru") -> list[Metric]:
    out: list[Metric] = []
    for zs, ze in zones:
        out.extend(_find_in_zone(text, zs, ze, lang))
    return out


def _read_number(tokens: list[Tok], i: int, lang: str) -> tuple[float | None, int, str]:
    """Read a number at token i; returns (value, index after it, suffix of the last number token)."""
    tok = tokens[i]
    if tok.kind == "num":
        return parse_digits(tok.text), i + 1, tok.suffix
    if tok.low in RU_ONE_WORDS and i > 0 and tokens[i - 1].low in ONLY_WORDS and lang != "kk":
        return 1.0, i + 1, ""  # "лишь одна заявка"
    if lang in ("kk", "mixed") and tok.low == KK_ONE and _kk_only_one(tokens, i):
        return 1.0, i + 1, ""  # "бір ғана ұйым", "тек бір ұйым"
    if lang in ("kk", "mixed") and tok.low in KK_THOUSAND:
        return 1000.0, i + 1, ""  # "мыңнан астам көлік"
    if (
        lang != "kk"
        and tok.low in RU_BARE_SCALES
        and (tok.low not in RU_BARE_SCALES_GENITIVE or (i > 0 and tokens[i - 1].low in SINGLE_QUALIFIERS_BEFORE))
    ):
        return RU_BARE_SCALES[tok.low], i + 1, ""  # "тысяча волонтеров", "свыше тысячи человек"
    if lang in ("kk", "mixed") and _short_stem_before_qualifier(tokens, i):
        return float(KK_NUMBER_WORDS[tok.low[:2]]), i + 1, ""  # "онға жуық", "үштен астам"
    value, j = _read_words(tokens, i, lang)
    if value is not None and lang in ("kk", "mixed"):
        value, j = _kk_decimal(tokens, value, j, lang)
    if value is None:
        return None, j, ""
    last = tokens[j - 1]
    return value, j, _kk_number_ending(last, lang, kazakh.SIMILATIVE) or _kk_share_ending(last, lang)


KK_THOUSAND = {"мың", "мыңнан", "мыңға", "мыңдай", "мыңнанастам"}


def _short_stem_before_qualifier(tokens: list[Tok], i: int) -> bool:
    low = tokens[i].low
    return (
        low[:2] in ("он", "үш")
        and len(low) > 2
        and _kk_case(low[2:])
        and i + 1 < len(tokens)
        and tokens[i + 1].low in QUALIFIER_AFTER_WORDS
    )


def _kk_only_one(tokens: list[Tok], i: int) -> bool:
    after = tokens[i + 1].low if i + 1 < len(tokens) else ""
    return after == "ғана" or (i > 0 and tokens[i - 1].low in ONLY_WORDS)


def _read_words(tokens: list[Tok], i: int, lang: str) -> tuple[float | None, int]:
    value, total, current, j = None, 0.0, 0.0, i
    while j < len(tokens) and tokens[j].kind == "word":
        low, last = tokens[j].low, ""
        if (
            lang in ("kk", "mixed")
            and low == KK_ONE
            and j + 1 < len(tokens)
            and (tokens[j + 1].low in {KK_HALF, "жүз"} or _scale_of(tokens[j + 1]))
        ):
            current += 1
        elif lang in ("kk", "mixed") and low.startswith(KK_HALF) and value is not None:
            current += 0.5
        elif value is not None and _scale_inside(tokens, j, lang):
            total, current = total + (current or 1) * _scale_of(tokens[j]), 0.0
        else:
            w = _number_word(tokens[j], lang)
            last = "" if w is not None else _kk_share_ending(tokens[j], lang)  # "жиырма бесі" ends here
            w = _kk_stem_value(tokens[j], last) if last else w
            if w is None:
                break
            current = current * 100 if (w == 100 and lang in ("kk", "mixed") and current) else current + w
        value = total + current
        j += 1
        if last:
            break
    return value, j


def _scale_inside(tokens: list[Tok], j: int, lang: str) -> bool:
    """ "екі мың он бес", "две тысячи двадцать": a scale word between number words."""
    return (_scale_of(tokens[j]) or 0) >= 1000 and j + 1 < len(tokens) and _number_word(tokens[j + 1], lang) is not None


def _kk_decimal(tokens: list[Tok], value: float, j: int, lang: str) -> tuple[float, int]:
    """ "екі бүтін оннан бес" = 2.5: whole part, "бүтін", the base ("оннан", "жүзден"), the fraction."""
    if j + 2 < len(tokens) and tokens[j].low == KK_DECIMAL_POINT and tokens[j + 1].low in KK_FRACTION_BASES:
        fraction, after = _read_words(tokens, j + 2, lang)
        if fraction is not None:
            return value + fraction / KK_FRACTION_BASES[tokens[j + 1].low], after
    return value, j


@dataclass
class Reading:
    """One figure being read: token indexes and what the steps found so far."""

    i: int  # first number token
    j: int  # index after the number
    value: float
    suffix: str
    k: int = 0  # index after the last token consumed
    qstart: int = 0
    qualifier: str | None = None
    value_min: float | None = None
    scale: float | None = None
    unit: str | None = None
    subject: str | None = None
    noun: str | None = None
    end_idx: int = 0
    cased: bool = False  # the number (or its scale word) carries a Kazakh case suffix
    post_qualified: bool = False  # "4 мыңнан астам": a post-qualifier follows
    previous: Metric | None = None  # the figure read before this one in the zone

    def __post_init__(self):
        self.k, self.qstart, self.end_idx = self.j, self.i, self.j - 1


def _find_in_zone(text: str, zs: int, ze: int, lang: str) -> list[Metric]:
    tokens = tokenize(text, zs, ze)
    masked = _masked_spans(text, zs, ze)
    out: list[Metric] = []
    i = 0
    while i < len(tokens):
        if tokens[i].kind not in ("num", "word") or (
            tokens[i].kind == "word" and tokens[i].low[:2] not in NUMBER_STARTS
        ):
            i += 1
            continue
        value, j, suffix = _read_number(tokens, i, lang)
        if value is None:
            i += 1
            continue
        reading = Reading(i, j, value, suffix, previous=out[-1] if out else None)
        metric, consumed = _build(text, tokens, reading, masked, lang)
        if metric is not None:
            out.append(metric)
        i = max(consumed, i + 1)
    return out


def _build(text: str, tokens: list[Tok], r: Reading, masked, lang: str) -> tuple[Metric | None, int]:
    """Steps in order; each returns False when the figure is not a metric (r.k says how far it read)."""
    steps = (_exclusions, _range, _scale_and_unit, _not_time, _qualifier, _money_by_context, _what)
    for step in steps:
        if not step(text, tokens, r, masked, lang):
            return None, max(r.k, r.j)
    first, last = tokens[min(r.qstart, r.i)], tokens[r.end_idx]
    end = last.end - 1 if r.noun and last.kind == "word" and last.text.endswith(".") else last.end
    metric = Metric(
        value=float(r.value),
        unit=r.unit,
        subject=r.subject,
        qualifier=r.qualifier or "exact",
        text=text[first.start : end],
        start=first.start,
        end=end,
        value_min=r.value_min,
        noun=r.noun,
    )
    return metric, r.end_idx + 1


# --- step 1: exclusions --------------------------------------------------------------------

RU_CARDINAL_SUFFIXES = {"ти", "ми", "ью", "и", "ух", "ех", "ем", "ём"}
COMPOUND_SUFFIXES = (
    "лет",
    "жыл",
    "жас",
    "лық",
    "лік",
    "дық",
    "дік",
    "тық",
    "тік",
    "кратн",
    "этаж",
    "комнат",
    "процент",
)


def _exclusions(text, tokens, r: Reading, masked, lang) -> bool:
    tok = tokens[r.i]
    if _inside(masked, tok.start, tokens[r.j - 1].end):
        return False
    if r.i > 0 and tokens[r.i - 1].text == "№":
        return False
    suffix = r.suffix.lower()
    if suffix and (suffix in ORDINAL_SUFFIXES or suffix.startswith(COMPOUND_SUFFIXES)):
        return False  # "10-го", "30-летие", "27-летний", "5-жылдық", "3-комнатная"
    if suffix and lang == "ru" and suffix not in RU_CARDINAL_SUFFIXES:
        return False
    if tok.kind == "num" and re.fullmatch(r"0\d+", tok.text):
        return False  # postal codes, ids
    if r.j < len(tokens) and tokens[r.j].low in MULTIPLIER_WORDS:
        return False  # "в 2 раза", "2 есеге": a factor
    if r.j < len(tokens) and _number_form(tokens[r.j], lang):
        r.k = r.j + 1
        return False  # "екі мың он бесінші жылы", "жиырма бесі", "две тысячи двадцатого"
    if (
        lang in ("kk", "mixed")
        and tok.kind == "word"
        and _number_form(tok, lang)
        and _number_word(tok, lang) is None
        and not _kk_share_ending(tok, lang)
    ):
        return False
    if suffix.startswith(KK_APPROX_SUFFIXES) and lang in ("kk", "mixed"):
        r.qualifier, r.post_qualified = "approx", True  # "70-тей сыйлық"
    elif suffix not in KK_ONLY_SUFFIXES:  # "3-ақ ресурс" counts like "3 ресурс"
        r.cased = bool(r.suffix) or _kk_cased(tokens[r.j - 1], lang)
    return not _is_age_context(tokens, r.i)


# --- step 2: range -------------------------------------------------------------------------


def _level_reached(tokens: list[Tok], q: int) -> bool:
    """ "выросло до 1500" (the "до" at q): the level reached, not an upper bound."""
    return q > 0 and tokens[q - 1].low.startswith(CHANGE_TO_WORDS)


def _range(text, tokens, r: Reading, masked, lang) -> bool:
    """ "от 5 до 10 тысяч": the upper bound is the value; "14 пен 35 жас" is an age range."""
    before, r.qstart = _qualifier_before(tokens, r.i)
    if before == "up_to" and _level_reached(tokens, r.qstart):
        before = None
    r.qualifier = before or r.qualifier
    j = r.j
    if (
        j + 1 < len(tokens)
        and tokens[j].low == "до"
        and tokens[j + 1].kind == "num"
        and r.i > 0
        and tokens[r.i - 1].low == "от"
    ):
        r.value_min, r.value = r.value, parse_digits(tokens[j + 1].text)
        r.qstart, r.qualifier = r.i - 1, "up_to"
        r.k = j + 2
    if (
        j + 1 < len(tokens)
        and tokens[j].low in RANGE_JOINERS
        and tokens[j + 1].kind == "num"
        and _is_age_context(tokens, j + 1)
    ):
        r.k = j + 2
        return False
    dash = j + 1 < len(tokens) and tokens[j].text in "–—"
    if (
        r.value_min is None
        and j < len(tokens)
        and (dash or HYPHEN_BETWEEN.fullmatch(text, tokens[j - 1].end, tokens[j].start))
    ):
        upper, after, suffix = _read_number(tokens, j + dash, lang)
        if upper is not None and upper > r.value:  # "5 – 6 есе", "сегіз – он екі операция"
            r.value_min, r.value, r.suffix = r.value, upper, suffix or r.suffix
            r.qualifier, r.j = r.qualifier or "up_to", after
            r.k = after
    return True


# --- step 3: scale and unit ----------------------------------------------------------------


def _unit_at(tokens: list[Tok], k: int) -> tuple[str | None, int]:
    """The unit starting at token k and the index after it ("кв. м" and "м2" span two tokens)."""
    if k >= len(tokens) or tokens[k].kind not in ("word", "sym"):
        return None, k
    low = tokens[k].low
    if (
        k + 1 < len(tokens)
        and low.startswith(SQUARE_WORDS)
        and tokens[k + 1].low.startswith(METRE_WORDS)
        and (tokens[k + 1].low in METRE_WORDS or tokens[k + 1].low.startswith("метр"))
    ):
        return "m2", k + 2
    if low == "м" and k + 1 < len(tokens) and tokens[k + 1].text == "2" and tokens[k + 1].start == tokens[k].end:
        return "m2", k + 2
    unit = _unit_of(tokens[k])
    return (unit, k + 1) if unit else (None, k)


def _scale_and_unit(text, tokens, r: Reading, masked, lang) -> bool:
    k = r.k
    if k < len(tokens) and tokens[k].kind == "word":
        r.scale = _scale_of(tokens[k])
        if r.scale:
            r.cased = r.cased or (lang in ("kk", "mixed") and tokens[k].low not in KK_SCALE_PLAIN)
            k += 1
    r.unit, k = _unit_at(tokens, k)
    if r.unit is None and r.i > 0 and tokens[r.i - 1].kind == "sym" and tokens[r.i - 1].text in "$€₸":
        r.unit = _unit_of(tokens[r.i - 1])
        r.qstart = min(r.qstart, r.i - 1)
    r.k = k
    return True


def _not_time(text, tokens, r: Reading, masked, lang) -> bool:
    """Durations, months and years are not metrics."""
    if r.unit is not None or r.scale is not None:
        return True
    k, tok = r.k, tokens[r.i]
    if (
        k < len(tokens)
        and tokens[k].kind == "word"
        and (_is_duration(tokens[k]) or tokens[k].low in MONTHS or tokens[k].low.startswith(KK_MONTH_STEMS))
    ):
        return False
    if k < len(tokens) and tokens[k].kind == "word" and tokens[k].start == tokens[k - 1].end:
        return False  # "3D", "5G": a code, not a count
    if tok.kind == "num" and 1800 <= r.value <= 2100 and "," not in tok.text and "." not in tok.text:
        nxt = tokens[k].low if k < len(tokens) else ""
        if nxt.startswith(("год", "г", "жыл", "гг")) or nxt == "":
            return False
    return True


# --- step 4: qualifier ---------------------------------------------------------------------


def _qualifier(text, tokens, r: Reading, masked, lang) -> bool:
    """Kazakh post-qualifiers ("4 мыңнан астам", "280-ге жуық"), "до" as an upper bound, the scale."""
    k = r.k
    if k < len(tokens) and tokens[k].kind == "word":
        for word, qual in QUALIFIERS_AFTER:
            if tokens[k].low == word:
                r.qualifier = r.qualifier or qual
                r.post_qualified = word in KK_COUNTING_QUALIFIERS
                k += 1
                break
    if (
        r.value_min is None
        and r.qualifier is None
        and r.i > 0
        and tokens[r.i - 1].low == "до"
        and not _level_reached(tokens, r.i - 1)
    ):
        r.qualifier = "up_to"
    if r.scale:
        r.value *= r.scale
    if r.unit is None:
        r.unit, k = _unit_at(tokens, k)
    r.k, r.end_idx = k, k - 1
    return True


def _money_by_context(text, tokens, r: Reading, masked, lang) -> bool:
    """ "освоено 3,2 млрд", "2 млрд-тан астам қаражат": money (KZT unless another currency is named)."""
    if r.unit is not None or r.scale is None:
        return True
    k = r.k
    nxt = tokens[k].low if k < len(tokens) and tokens[k].kind == "word" else ""
    s, e = sentence_bounds(text, tokens[r.i].start, tokens[0].start, tokens[-1].end)
    sentence = text[s:e].lower()
    if nxt.startswith(MONEY_NOUNS) or any(w in sentence for w in MONEY_NOUNS):
        named = [u for prefix, u in UNITS if u in MONEY_UNITS and len(prefix) > 2 and prefix in sentence]
        r.unit = named[0] if named else "KZT"
        if nxt.startswith(MONEY_NOUNS):
            r.noun, r.end_idx = (counted_noun(tokens, k, lang, "gent") or NounPhrase(k, k, nxt, "")).noun, k
            r.k = k + 1
    return True


# --- step 5: subject and noun --------------------------------------------------------------


def _what(text, tokens, r: Reading, masked, lang) -> bool:
    tok = tokens[r.i]
    if r.unit in MONEY_UNITS:
        window = text[max(0, tok.start - 60) : tokens[r.end_idx].end + 40].lower()
        r.subject = "budget" if any(w in window for w in BUDGET_WORDS) else "funding"
        return True
    if r.unit == "percent":
        r.subject = "growth" if _growth_context(text, tok.start, tokens[r.end_idx].end) else "share"
        return True
    if r.unit is not None:  # physical quantity: what it measures, where the text says
        phrase = measured_noun(tokens, r.k, lang)
        r.subject, r.noun = (phrase.subject, phrase.noun) if phrase else ("other", None)
        r.end_idx = phrase.last if phrase else r.end_idx
        return True
    return _counted(text, tokens, r, lang)


def _counted(text, tokens, r: Reading, lang) -> bool:
    k = r.k
    if k < len(tokens) and tokens[k].low in KK_PARTICLES and lang in ("kk", "mixed"):
        k += 1
    decimal = tokens[r.i].kind == "num" and bool(re.search(r"[.,]\d", tokens[r.i].text))
    # a Kazakh number with a case suffix is a noun itself ("5-те", "бесте"): it counts the next
    # word only through a post-qualifier ("1500-ден астам ұйым")
    counts_next = lang == "ru" or not r.cased or r.post_qualified
    phrase = counted_noun(tokens, k, lang, government(r.value, decimal, r.scale is not None)) if counts_next else None
    if phrase is None:
        phrase = _shared_noun(tokens, k, lang)
    if phrase is None:
        phrase = noun_before(tokens, r.i, lang)
        if phrase is not None:
            phrase = NounPhrase(r.i, r.end_idx, phrase.noun, phrase.subject)
    if phrase is None:
        phrase = _share_of_previous(text, tokens, r)
    if phrase is None:
        if (
            (r.scale is None and r.qualifier is None)
            or tokens[r.i].kind == "word"
            or (r.cased and not r.post_qualified)
        ):
            return False  # nothing counted ("8-ге дейін" is a time)
        r.subject = "other"
    else:
        r.subject, r.noun, r.end_idx = phrase.subject, phrase.noun, max(phrase.last, r.end_idx)
    if tokens[r.i].kind == "word" and r.value < 2 and r.scale is None and not _one_allowed(tokens, r.i):
        return False
    r.unit = "count"
    return True


def _share_of_previous(text: str, tokens: list[Tok], r: Reading) -> NounPhrase | None:
    """A share of the count before it counts the same noun: after a partitive in the same paragraph
    ("450 НПО, из них 117 …", "оның жиырма бесі …"), or, in Kazakh, a number in the possessive in
    the same sentence ("78 адамның 37-сі құтқарылды", "450 өтініш түсіп, 239-ы мақұлданды")."""
    if r.previous is None or r.previous.unit != "count" or r.previous.noun is None:
        return None
    first = min(r.qstart, r.i)
    before = tuple(t.low for t in tokens[max(0, first - 3) : first])
    partitive = any(_contains(_clause_before(tokens, first), words) for words in PARTITIVE_BEFORE)
    possessive = tokens[r.i].kind == "num" and r.suffix in KK_SHARE_ENDINGS
    same_sentence = r.previous.start >= sentence_start(text, tokens[r.i].start, tokens[0].start)
    month = any(w.startswith(KK_MONTH_STEMS) for w in before)  # "наурыздың 25-і", "маусымның 8-і мен 11-і"
    if not (partitive or (possessive and same_sentence and not month)):
        return None
    return NounPhrase(r.i, r.end_idx, r.previous.noun, r.previous.subject)


def _clause_before(tokens: list[Tok], i: int) -> tuple[str, ...]:
    """The words before token i back to the clause's start, six at most."""
    return tuple(t.low for t in tokens[clause_start(tokens, i, limit=6) : i])


def _contains(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return any(words[n : n + len(part)] == part for n in range(len(words) - len(part) + 1))


def _one_allowed(tokens: list[Tok], i: int) -> bool:
    return tokens[i].low in RU_ONE_WORDS or tokens[i].low == KK_ONE


def _shared_noun(tokens: list[Tok], k: int, lang: str) -> NounPhrase | None:
    """ "19 республиканских и 36 городских объединений": the later number's noun is shared."""
    for c in range(k, min(len(tokens) - 1, k + 3)):
        if tokens[c].kind != "word":
            return None
        if tokens[c].low in CONJUNCTIONS and tokens[c + 1].kind == "num":
            value, nj, _ = _read_number(tokens, c + 1, lang)
            phrase = counted_noun(tokens, nj, lang, government(value or 5, False, False))
            if phrase is None:
                return None
            lows = [t.low for t in tokens[k:c]]
            return NounPhrase(k, c - 1 if c > k else k, phrase.noun, subject_of(lows + phrase.noun.split(), lows))
    return None
